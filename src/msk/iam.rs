//! AWS_MSK_IAM: authentication tokens for MSK brokers.
//!
//! MSK accepts, over SASL OAUTHBEARER, a token that is a SigV4 query-signed
//! `GET https://kafka.<region>.amazonaws.com/?Action=kafka-cluster%3AConnect`
//! for the service `kafka-cluster`, encoded as base64url without padding.
//! The broker recomputes the signature, so the token proves possession of
//! the secret key without carrying it, and it expires with the signature.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_config::SdkConfig;
use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use aws_credential_types::Credentials;
use aws_sigv4::http_request::{
    sign, SignableBody, SignableRequest, SignatureLocation, SigningSettings,
};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use aws_smithy_types::error::display::DisplayErrorContext;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use tokio::sync::{Mutex, OnceCell};
use tracing::debug;

use super::aws::AwsSettings;
use crate::kafka::auth::Secret;
use crate::kafka::settings::{BearerToken, BearerTokenProvider};

/// The IAM service name that MSK's authorizer checks in the credential scope.
pub const SIGNING_SERVICE: &str = "kafka-cluster";
/// The action every MSK IAM token is signed for.
pub const CONNECT_ACTION: &str = "kafka-cluster:Connect";
/// How long a signed token is valid; MSK's own signers use the same.
pub const TOKEN_LIFETIME: Duration = Duration::from_secs(900);
/// A token is refreshed once less than this share of its lifetime is left...
const REFRESH_FRACTION: u32 = 5;
/// ...or less than this, whichever is more.
const MIN_REFRESH_MARGIN: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum IamError {
    #[error(
        "AWS_MSK_IAM needs an AWS region: pass --region, set AWS_REGION, or set region in the AWS profile"
    )]
    NoRegion,
    #[error("AWS_MSK_IAM needs AWS credentials but no credentials provider is configured")]
    NoCredentialsProvider,
    #[error(
        "no AWS credentials for AWS_MSK_IAM: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, \
         choose a profile with --profile or AWS_PROFILE, or run with an instance or container role \
         ({detail})"
    )]
    NoCredentials { detail: String },
    #[error("cannot sign the AWS_MSK_IAM token: {0}")]
    Signing(String),
    #[error("loading AWS settings for AWS_MSK_IAM took longer than {0:?}")]
    Timeout(Duration),
    #[error("an AWS_MSK_IAM token cannot be fetched synchronously from inside the async runtime")]
    BlockingInRuntime,
}

/// One signed token. `value` is what goes after `auth=Bearer `.
#[derive(Clone, Debug)]
pub struct IamToken {
    pub value: Secret,
    pub expires_at: SystemTime,
    /// For clients that want a principal name next to the token (librdkafka
    /// does); MSK ignores it and takes the identity from the signature.
    pub principal: String,
}

impl IamToken {
    /// `expires_at` in milliseconds since the Unix epoch, the form
    /// librdkafka's `OAuthToken::lifetime_ms` takes.
    pub fn expires_at_epoch_ms(&self) -> i64 {
        self.expires_at
            .duration_since(UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
            .unwrap_or(0)
    }
}

type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

struct Cached {
    token: IamToken,
    issued_at: SystemTime,
}

/// Signs MSK IAM tokens from a credentials provider and caches the current
/// one, so that opening many broker connections signs once.
pub struct IamTokenProvider {
    credentials: SharedCredentialsProvider,
    region: String,
    clock: Clock,
    cached: Mutex<Option<Cached>>,
}

impl fmt::Debug for IamTokenProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IamTokenProvider")
            .field("region", &self.region)
            .finish_non_exhaustive()
    }
}

impl IamTokenProvider {
    /// Takes the credentials provider and region the SDK chain settled on.
    pub fn new(config: &SdkConfig) -> Result<Self, IamError> {
        let credentials = config
            .credentials_provider()
            .ok_or(IamError::NoCredentialsProvider)?;
        let region = config.region().ok_or(IamError::NoRegion)?;
        Ok(Self::from_parts(credentials, region.as_ref()))
    }

    pub fn from_parts(credentials: SharedCredentialsProvider, region: impl Into<String>) -> Self {
        IamTokenProvider {
            credentials,
            region: region.into(),
            clock: Arc::new(SystemTime::now),
            cached: Mutex::new(None),
        }
    }

    /// Replaces the wall clock, for tests that need fixed signing times.
    pub fn with_clock(mut self, clock: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    pub fn region(&self) -> &str {
        &self.region
    }

    /// The current token, signed afresh when there is none yet or the cached
    /// one is close to expiry. Fresh credentials are asked for on every
    /// signing; the provider caches them and renews them on its own schedule.
    pub async fn token(&self) -> Result<IamToken, IamError> {
        let mut cached = self.cached.lock().await;
        let now = (self.clock)();
        if let Some(c) = cached.as_ref() {
            if !needs_refresh(c, now) {
                return Ok(c.token.clone());
            }
        }
        let creds =
            self.credentials
                .provide_credentials()
                .await
                .map_err(|e| IamError::NoCredentials {
                    detail: DisplayErrorContext(&e).to_string(),
                })?;
        let token = sign_token(&creds, &self.region, now)?;
        debug!(
            region = %self.region,
            valid_for_s = token.expires_at.duration_since(now).map(|d| d.as_secs()).unwrap_or(0),
            "signed an AWS_MSK_IAM token"
        );
        *cached = Some(Cached {
            token: token.clone(),
            issued_at: now,
        });
        Ok(token)
    }

    /// [`token`](Self::token) for code running on a thread outside the
    /// runtime, such as librdkafka's OAUTHBEARER refresh callback. Refuses
    /// rather than panics when called from inside the runtime.
    pub fn token_blocking(&self, handle: &tokio::runtime::Handle) -> Result<IamToken, IamError> {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(IamError::BlockingInRuntime);
        }
        handle.block_on(self.token())
    }
}

fn needs_refresh(c: &Cached, now: SystemTime) -> bool {
    let Ok(lifetime) = c.token.expires_at.duration_since(c.issued_at) else {
        return true;
    };
    let margin = (lifetime / REFRESH_FRACTION).max(MIN_REFRESH_MARGIN);
    // A clock that went backwards makes the cached signing time unreliable.
    now < c.issued_at || now + margin >= c.token.expires_at
}

fn endpoint(region: &str) -> String {
    format!("https://kafka.{region}.amazonaws.com/")
}

fn user_agent() -> String {
    format!("mskctl/{}", env!("CARGO_PKG_VERSION"))
}

/// Signs one token at `now`.
pub fn sign_token(
    creds: &Credentials,
    region: &str,
    now: SystemTime,
) -> Result<IamToken, IamError> {
    let base = format!("{}?Action={}", endpoint(region), uri_encode(CONNECT_ACTION));
    let mut settings = SigningSettings::default();
    settings.signature_location = SignatureLocation::QueryParams;
    settings.expires_in = Some(TOKEN_LIFETIME);
    let identity: Identity = creds.clone().into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name(SIGNING_SERVICE)
        .time(now)
        .settings(settings)
        .build()
        .map_err(|e| IamError::Signing(e.to_string()))?
        .into();
    let request = SignableRequest::new("GET", &base, std::iter::empty(), SignableBody::Bytes(&[]))
        .map_err(|e| IamError::Signing(e.to_string()))?;
    let (instructions, _signature) = sign(request, &params)
        .map_err(|e| IamError::Signing(e.to_string()))?
        .into_parts();

    let mut url = base;
    for (name, value) in instructions.params() {
        url.push('&');
        url.push_str(&uri_encode(name));
        url.push('=');
        url.push_str(&uri_encode(value));
    }
    // Not signed: MSK reads it for its client statistics only.
    url.push_str("&User-Agent=");
    url.push_str(&uri_encode(&user_agent()));

    let signed_expiry = now + TOKEN_LIFETIME;
    let expires_at = match creds.expiry() {
        Some(e) if e < signed_expiry => e,
        _ => signed_expiry,
    };
    Ok(IamToken {
        value: Secret::new(URL_SAFE_NO_PAD.encode(url.as_bytes())),
        expires_at,
        principal: creds.access_key_id().to_string(),
    })
}

/// RFC 3986 percent-encoding of everything but unreserved characters, the
/// form SigV4 canonicalises query strings to.
fn uri_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// AWS settings now, the token provider on first use: resolving connection
/// settings stays synchronous and free of AWS calls, and commands that never
/// open a connection never load the AWS chain.
pub struct IamAuth {
    aws: AwsSettings,
    provider: OnceCell<Arc<IamTokenProvider>>,
}

impl fmt::Debug for IamAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IamAuth")
            .field("aws", &self.aws)
            .finish_non_exhaustive()
    }
}

impl IamAuth {
    pub fn new(aws: AwsSettings) -> Self {
        IamAuth {
            aws,
            provider: OnceCell::new(),
        }
    }

    /// Wraps an already built provider (tests, or callers that have an
    /// `SdkConfig` at hand).
    pub fn with_provider(provider: IamTokenProvider) -> Self {
        IamAuth {
            aws: AwsSettings::default(),
            provider: OnceCell::new_with(Some(Arc::new(provider))),
        }
    }

    pub fn aws_settings(&self) -> &AwsSettings {
        &self.aws
    }

    /// The shared provider, loading the AWS chain the first time. `timeout`
    /// bounds the loading and each AWS call it makes.
    pub async fn provider(&self, timeout: Duration) -> Result<Arc<IamTokenProvider>, IamError> {
        self.provider
            .get_or_try_init(|| async {
                let config =
                    tokio::time::timeout(timeout, super::aws::sdk_config(&self.aws, timeout))
                        .await
                        .map_err(|_| IamError::Timeout(timeout))?;
                IamTokenProvider::new(&config).map(Arc::new)
            })
            .await
            .cloned()
    }

    /// A cached or freshly signed token, bounded by `timeout` overall.
    pub async fn token(&self, timeout: Duration) -> Result<IamToken, IamError> {
        tokio::time::timeout(timeout, async {
            self.provider(timeout).await?.token().await
        })
        .await
        .map_err(|_| IamError::Timeout(timeout))?
    }
}

/// What the Kafka client asks for: AWS_MSK_IAM tokens are OAUTHBEARER
/// tokens.
impl BearerTokenProvider for IamAuth {
    fn bearer_token(
        &self,
        timeout: Duration,
    ) -> futures::future::BoxFuture<'_, anyhow::Result<BearerToken>> {
        Box::pin(async move {
            let token = self.token(timeout).await?;
            Ok(BearerToken {
                value: token.value,
                principal: token.principal,
                expires_at: token.expires_at,
            })
        })
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};
    use std::collections::BTreeMap;
    use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

    const AKID: &str = "AKIDEXAMPLE";
    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    const SESSION: &str = "FwoGZXIvYXdzEJr//////////wEaDOpaque+token/with=chars";
    const REGION: &str = "eu-west-1";

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    // 2024-03-15T12:34:56Z
    const T0: u64 = 1_710_506_096;

    fn creds(session: Option<&str>) -> Credentials {
        Credentials::new(AKID, SECRET, session.map(str::to_owned), None, "test")
    }

    /// Decodes a token to its host and query parameters (percent-decoded).
    fn decode(token: &IamToken) -> (String, String, BTreeMap<String, String>) {
        let raw = URL_SAFE_NO_PAD.decode(token.value.expose()).unwrap();
        let url = String::from_utf8(raw).unwrap();
        let rest = url.strip_prefix("https://").unwrap();
        let (host, query) = rest.split_once("/?").unwrap();
        let params = query
            .split('&')
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap();
                (pct_decode(k), pct_decode(v))
            })
            .collect();
        (url.clone(), host.to_string(), params)
    }

    fn pct_decode(s: &str) -> String {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'%' {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
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

    /// SigV4 for a presigned GET, written out from the specification rather
    /// than through aws-sigv4, so the two implementations check each other.
    fn expected_signature(host: &str, params: &BTreeMap<String, String>) -> String {
        let enc = |s: &str| uri_encode(s);
        let query: Vec<String> = params
            .iter()
            .filter(|(k, _)| *k != "X-Amz-Signature" && *k != "User-Agent")
            .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
            .collect();
        let creq = format!(
            "GET\n/\n{}\nhost:{host}\n\nhost\n{}",
            query.join("&"),
            hex(&Sha256::digest(b""))
        );
        let amz_date = &params["X-Amz-Date"];
        let scope = format!("{}/{REGION}/kafka-cluster/aws4_request", &amz_date[..8]);
        let sts = format!(
            "AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}",
            hex(&Sha256::digest(creq.as_bytes()))
        );
        let k = hmac(
            format!("AWS4{SECRET}").as_bytes(),
            &amz_date.as_bytes()[..8],
        );
        let k = hmac(&k, REGION.as_bytes());
        let k = hmac(&k, b"kafka-cluster");
        let k = hmac(&k, b"aws4_request");
        hex(&hmac(&k, sts.as_bytes()))
    }

    #[test]
    fn token_is_a_base64url_presigned_connect_url() {
        let token = sign_token(&creds(Some(SESSION)), REGION, at(T0)).unwrap();
        let text = token.value.expose();
        assert!(
            !text.contains('=') && !text.contains('+') && !text.contains('/'),
            "base64url without padding: {text}"
        );
        let (url, host, p) = decode(&token);
        assert!(url
            .starts_with("https://kafka.eu-west-1.amazonaws.com/?Action=kafka-cluster%3AConnect&"));
        assert_eq!(host, "kafka.eu-west-1.amazonaws.com");
        assert_eq!(p["Action"], "kafka-cluster:Connect");
        assert_eq!(p["X-Amz-Algorithm"], "AWS4-HMAC-SHA256");
        assert_eq!(
            p["X-Amz-Credential"],
            "AKIDEXAMPLE/20240315/eu-west-1/kafka-cluster/aws4_request"
        );
        assert_eq!(p["X-Amz-Date"], "20240315T123456Z");
        assert_eq!(p["X-Amz-Expires"], "900");
        assert_eq!(p["X-Amz-SignedHeaders"], "host");
        assert_eq!(p["X-Amz-Security-Token"], SESSION);
        assert_eq!(
            p["User-Agent"],
            format!("mskctl/{}", env!("CARGO_PKG_VERSION"))
        );
        let sig = &p["X-Amz-Signature"];
        assert_eq!(sig.len(), 64);
        assert!(sig
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        assert!(url.ends_with(&format!(
            "&User-Agent=mskctl%2F{}",
            env!("CARGO_PKG_VERSION")
        )));
        assert_eq!(token.expires_at, at(T0 + 900));
        assert_eq!(token.principal, AKID);
        assert_eq!(token.expires_at_epoch_ms(), ((T0 + 900) * 1000) as i64);
        assert!(!format!("{token:?}").contains(text));
    }

    #[test]
    fn signature_matches_an_independent_sigv4_computation() {
        for session in [None, Some(SESSION)] {
            let token = sign_token(&creds(session), REGION, at(T0)).unwrap();
            let (_, host, p) = decode(&token);
            assert_eq!(p.contains_key("X-Amz-Security-Token"), session.is_some());
            assert_eq!(p["X-Amz-Signature"], expected_signature(&host, &p));
            // Deterministic for fixed inputs.
            let again = sign_token(&creds(session), REGION, at(T0)).unwrap();
            assert_eq!(again.value, token.value);
        }
        let later = sign_token(&creds(None), REGION, at(T0 + 1)).unwrap();
        let first = sign_token(&creds(None), REGION, at(T0)).unwrap();
        assert_ne!(later.value, first.value);
    }

    #[test]
    fn expiring_credentials_shorten_the_token_lifetime() {
        let c = Credentials::new(AKID, SECRET, None, Some(at(T0 + 300)), "test");
        let token = sign_token(&c, REGION, at(T0)).unwrap();
        assert_eq!(token.expires_at, at(T0 + 300));
    }

    #[derive(Debug)]
    struct Counting(Arc<AtomicUsize>);

    impl ProvideCredentials for Counting {
        fn provide_credentials<'a>(
            &'a self,
        ) -> aws_credential_types::provider::future::ProvideCredentials<'a>
        where
            Self: 'a,
        {
            self.0.fetch_add(1, Ordering::SeqCst);
            aws_credential_types::provider::future::ProvideCredentials::ready(Ok(creds(None)))
        }
    }

    fn provider_at(clock: Arc<AtomicU64>) -> (IamTokenProvider, Arc<AtomicUsize>) {
        let calls = Arc::new(AtomicUsize::new(0));
        let p = IamTokenProvider::from_parts(
            SharedCredentialsProvider::new(Counting(calls.clone())),
            REGION,
        )
        .with_clock(move || at(clock.load(Ordering::SeqCst)));
        (p, calls)
    }

    #[tokio::test]
    async fn tokens_are_cached_and_refreshed_near_expiry() {
        let clock = Arc::new(AtomicU64::new(T0));
        let (p, calls) = provider_at(clock.clone());
        let first = p.token().await.unwrap();
        assert_eq!(calls.load(Ordering::SeqCst), 1);

        // 20% of 900 s is 180 s: at 719 s in, 181 s remain, still cached.
        clock.store(T0 + 719, Ordering::SeqCst);
        let cached = p.token().await.unwrap();
        assert_eq!(cached.value, first.value);
        assert_eq!(calls.load(Ordering::SeqCst), 1);

        clock.store(T0 + 720, Ordering::SeqCst);
        let fresh = p.token().await.unwrap();
        assert_ne!(fresh.value, first.value);
        assert_eq!(fresh.expires_at, at(T0 + 720 + 900));
        assert_eq!(calls.load(Ordering::SeqCst), 2, "credentials asked again");

        // A clock that jumps back never reuses a token from the future.
        clock.store(T0, Ordering::SeqCst);
        p.token().await.unwrap();
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn short_lived_tokens_keep_a_minute_of_margin() {
        let c = Cached {
            token: IamToken {
                value: Secret::new("t"),
                expires_at: at(T0 + 100),
                principal: String::new(),
            },
            issued_at: at(T0),
        };
        assert!(!needs_refresh(&c, at(T0 + 39)));
        assert!(needs_refresh(&c, at(T0 + 40)));
    }

    #[test]
    fn blocking_accessor_works_off_the_runtime_and_refuses_on_it() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let clock = Arc::new(AtomicU64::new(T0));
        let (p, _) = provider_at(clock);
        let p = Arc::new(p);
        let handle = rt.handle().clone();
        let p2 = p.clone();
        let token = std::thread::spawn(move || p2.token_blocking(&handle))
            .join()
            .unwrap()
            .unwrap();
        assert_eq!(token.principal, AKID);
        let inside = rt.block_on(async { p.token_blocking(&tokio::runtime::Handle::current()) });
        assert!(matches!(inside, Err(IamError::BlockingInRuntime)));
    }

    #[tokio::test]
    async fn missing_credentials_are_explained() {
        #[derive(Debug)]
        struct None_;
        impl ProvideCredentials for None_ {
            fn provide_credentials<'a>(
                &'a self,
            ) -> aws_credential_types::provider::future::ProvideCredentials<'a>
            where
                Self: 'a,
            {
                aws_credential_types::provider::future::ProvideCredentials::ready(Err(
                    aws_credential_types::provider::error::CredentialsError::not_loaded(
                        "no providers in chain provided credentials",
                    ),
                ))
            }
        }
        let p = IamTokenProvider::from_parts(SharedCredentialsProvider::new(None_), REGION);
        let msg = p.token().await.unwrap_err().to_string();
        assert!(msg.contains("AWS_ACCESS_KEY_ID"), "{msg}");
        assert!(msg.contains("no providers in chain"), "{msg}");
    }

    /// The OAUTHBEARER callback may run on the thread that drives the main
    /// runtime; it must still sign, and dropping the source there must not
    /// panic.
    #[tokio::test]
    async fn iam_tokens_reach_librdkafka_from_inside_the_runtime() {
        use crate::kafka::auth::SaslMechanism;
        use crate::kafka::data::{librdkafka_properties, oauth_source, DataContext};
        use crate::kafka::settings::{
            ConnectionSettings, SaslAuth, SaslSettings, SecurityProtocol,
        };
        use base64::Engine as _;
        use rdkafka::client::ClientContext as _;

        let provider = IamTokenProvider::from_parts(
            SharedCredentialsProvider::new(Credentials::new(
                "AKIDEXAMPLE",
                "wJalrXUtnFEMI",
                None,
                None,
                "test",
            )),
            "eu-west-1",
        );
        let s = ConnectionSettings {
            context: None,
            bootstrap_servers: vec!["a:9092".into(), "b:9092".into()],
            security_protocol: SecurityProtocol::SaslSsl,
            sasl: Some(SaslSettings {
                mechanism: SaslMechanism::AwsMskIam,
                auth: SaslAuth::AwsIam(Arc::new(IamAuth::with_provider(provider))),
            }),
            tls: None,
            client_id: "mskctl-test".into(),
            msk: None,
        };
        let props = librdkafka_properties(&s, Duration::from_secs(5));
        assert_eq!(props.get("sasl.mechanism"), Some("OAUTHBEARER"));
        assert_eq!(props.get("sasl.username"), None);

        let source = oauth_source(&s, Duration::from_secs(5))
            .await
            .unwrap()
            .expect("IAM settings need a token source");
        let context = DataContext::new(Some(source));
        let token = context.generate_oauth_token(None).unwrap();
        assert_eq!(token.principal_name, "AKIDEXAMPLE");
        let url = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(&token.token)
            .unwrap();
        let url = String::from_utf8(url).unwrap();
        assert!(
            url.starts_with(
                "https://kafka.eu-west-1.amazonaws.com/?Action=kafka-cluster%3AConnect"
            ),
            "{url}"
        );
        let now_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_millis() as i64;
        assert!(
            token.lifetime_ms > now_ms,
            "{} <= {now_ms}",
            token.lifetime_ms
        );
        drop(context);
    }
}
