//! MSK IAM token checks for the fake cluster's OAUTHBEARER: the GS2 header,
//! the presigned URL inside the token, and its SigV4 signature, recomputed
//! from the specification with a hand-written HMAC chain so that it checks
//! the client's aws-sigv4 signing instead of repeating it.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::time::{SystemTime, UNIX_EPOCH};

/// The one IAM identity the fake cluster knows.
#[derive(Clone, Debug)]
pub struct AwsIamUser {
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    /// When set, tokens must carry exactly this X-Amz-Security-Token.
    pub session_token: Option<String>,
}

/// Clock skew tolerated on X-Amz-Date, as AWS does.
const SKEW_SECS: i64 = 300;
/// MSK refuses tokens that claim a longer validity.
const MAX_EXPIRES_SECS: i64 = 900;

/// Checks one OAUTHBEARER client first message; the principal on success,
/// the reason (never containing the token or a key) on failure.
pub fn verify(user: &AwsIamUser, message: &[u8], now: SystemTime) -> Result<String, String> {
    let text = std::str::from_utf8(message).map_err(|_| "malformed SASL message".to_string())?;
    let token = bearer_token(text)?;
    let raw = URL_SAFE_NO_PAD
        .decode(token)
        .map_err(|_| "the token is not base64url".to_string())?;
    let url = String::from_utf8(raw).map_err(|_| "the token is not a URL".to_string())?;
    let rest = url
        .strip_prefix("https://")
        .ok_or("the token is not an https URL")?;
    let (host, query) = rest.split_once("/?").ok_or("the token URL has no query")?;
    let expected_host = format!("kafka.{}.amazonaws.com", user.region);
    if host != expected_host {
        return Err(format!("wrong host {host} (expected {expected_host})"));
    }
    let mut params = BTreeMap::new();
    for pair in query.split('&') {
        let (k, v) = pair.split_once('=').ok_or("malformed query")?;
        if params.insert(pct_decode(k)?, pct_decode(v)?).is_some() {
            return Err("repeated query parameter".to_string());
        }
    }
    let get = |k: &str| {
        params
            .get(k)
            .map(String::as_str)
            .ok_or_else(|| format!("{k} missing"))
    };
    if get("Action")? != "kafka-cluster:Connect" {
        return Err("wrong Action".to_string());
    }
    if get("X-Amz-Algorithm")? != "AWS4-HMAC-SHA256" {
        return Err("wrong X-Amz-Algorithm".to_string());
    }
    if get("X-Amz-SignedHeaders")? != "host" {
        return Err("wrong X-Amz-SignedHeaders".to_string());
    }
    let amz_date = get("X-Amz-Date")?;
    let signed_at = parse_amz_date(amz_date).ok_or("malformed X-Amz-Date")?;
    let day = &amz_date[..8];
    let scope = format!("{day}/{}/kafka-cluster/aws4_request", user.region);
    let credential = get("X-Amz-Credential")?;
    let (key_id, cred_scope) = credential
        .split_once('/')
        .ok_or("malformed X-Amz-Credential")?;
    if cred_scope != scope {
        return Err(format!(
            "wrong credential scope {cred_scope} (expected {scope})"
        ));
    }
    if key_id != user.access_key_id {
        return Err("unknown access key".to_string());
    }
    if params.get("X-Amz-Security-Token") != user.session_token.as_ref() {
        return Err("wrong or missing X-Amz-Security-Token".to_string());
    }
    let expires: i64 = get("X-Amz-Expires")?
        .parse()
        .map_err(|_| "malformed X-Amz-Expires")?;
    if !(1..=MAX_EXPIRES_SECS).contains(&expires) {
        return Err("X-Amz-Expires out of range".to_string());
    }
    let now = now
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    if now + SKEW_SECS < signed_at {
        return Err("the token is signed in the future".to_string());
    }
    if now > signed_at + expires {
        return Err("the token has expired".to_string());
    }
    let signature = get("X-Amz-Signature")?;
    if signature != expected_signature(user, host, &params, amz_date, &scope) {
        return Err("the signature does not match".to_string());
    }
    Ok(format!("User:{}", user.access_key_id))
}

/// `n,[a=authzid],\x01auth=Bearer TOKEN\x01[more kvpairs\x01]\x01`.
fn bearer_token(text: &str) -> Result<&str, String> {
    let rest = text.strip_prefix("n,").ok_or("missing GS2 header")?;
    let (_authzid, rest) = rest.split_once(',').ok_or("malformed GS2 header")?;
    let rest = rest.strip_prefix('\x01').ok_or("malformed GS2 header")?;
    let body = rest
        .strip_suffix("\x01\x01")
        .ok_or("unterminated OAUTHBEARER message")?;
    body.split('\x01')
        .find_map(|kv| kv.strip_prefix("auth=Bearer "))
        .ok_or_else(|| "no bearer token".to_string())
}

fn expected_signature(
    user: &AwsIamUser,
    host: &str,
    params: &BTreeMap<String, String>,
    amz_date: &str,
    scope: &str,
) -> String {
    // User-Agent is added after signing, outside the signature.
    let query: Vec<String> = params
        .iter()
        .filter(|(k, _)| *k != "X-Amz-Signature" && *k != "User-Agent")
        .map(|(k, v)| format!("{}={}", uri_encode(k), uri_encode(v)))
        .collect();
    let canonical = format!(
        "GET\n/\n{}\nhost:{host}\n\nhost\n{}",
        query.join("&"),
        hex(&Sha256::digest(b""))
    );
    let to_sign = format!(
        "AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}",
        hex(&Sha256::digest(canonical.as_bytes()))
    );
    let key = hmac(
        format!("AWS4{}", user.secret_access_key).as_bytes(),
        &amz_date.as_bytes()[..8],
    );
    let key = hmac(&key, user.region.as_bytes());
    let key = hmac(&key, b"kafka-cluster");
    let key = hmac(&key, b"aws4_request");
    hex(&hmac(&key, to_sign.as_bytes()))
}

fn hmac(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut k = [0u8; 64];
    if key.len() > 64 {
        k[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let ipad: Vec<u8> = k.iter().map(|b| b ^ 0x36).collect();
    let opad: Vec<u8> = k.iter().map(|b| b ^ 0x5c).collect();
    let inner = Sha256::new()
        .chain_update(&ipad)
        .chain_update(data)
        .finalize();
    Sha256::new()
        .chain_update(&opad)
        .chain_update(inner)
        .finalize()
        .to_vec()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn uri_encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn pct_decode(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3).ok_or("bad percent-encoding")?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| "bad percent-encoding")?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| "bad percent-encoding".to_string())
}

/// `YYYYMMDDTHHMMSSZ` to Unix seconds.
fn parse_amz_date(s: &str) -> Option<i64> {
    if s.len() != 16 || s.as_bytes()[8] != b'T' || !s.ends_with('Z') {
        return None;
    }
    let n = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (n(0..4)?, n(4..6)?, n(6..8)?);
    let (hh, mm, ss) = (n(9..11)?, n(11..13)?, n(13..15)?);
    // Days from civil, proleptic Gregorian (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + hh * 3600 + mm * 60 + ss)
}
