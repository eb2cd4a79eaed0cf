//! One connection to one broker: TCP (optionally TLS), ApiVersions
//! negotiation, SASL, and strictly sequential request/response framing.
//!
//! Sequential is deliberate: admin work is a handful of large batched
//! requests, and concurrency comes from talking to several brokers at once,
//! so pipelining on a single socket would add bookkeeping without speed.

use std::collections::HashMap;
use std::time::Duration;

use bytes::{Buf, BufMut, Bytes, BytesMut};
use kafka_protocol::messages::{
    ApiKey, ApiVersionsRequest, RequestHeader, ResponseHeader, SaslAuthenticateRequest,
    SaslHandshakeRequest,
};
use kafka_protocol::protocol::{
    encode_request_header_into_buffer, Decodable, HeaderVersion, Message, Request, StrBytes,
};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tracing::{debug, trace};

use super::auth::{self, SaslStep};
use super::error::{error_name, KafkaError, UNSUPPORTED_VERSION};
use super::settings::{ConnectionSettings, SaslAuth, SaslSettings};

/// Responses larger than this are treated as a corrupt stream rather than
/// allocated: no admin response comes near it.
const MAX_FRAME: usize = 256 * 1024 * 1024;

trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

pub struct BrokerConn {
    addr: String,
    stream: Box<dyn Stream>,
    correlation_id: i32,
    client_id: StrBytes,
    /// The broker's supported range per API key.
    versions: HashMap<i16, (i16, i16)>,
    timeout: Duration,
    /// How long the broker keeps the SASL session (KIP-368), when it says.
    session_lifetime: Option<Duration>,
}

impl std::fmt::Debug for BrokerConn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BrokerConn")
            .field("addr", &self.addr)
            .finish()
    }
}

impl BrokerConn {
    /// Connects, negotiates versions and authenticates. Every step is bounded
    /// by `timeout`.
    pub async fn connect(
        addr: &str,
        settings: &ConnectionSettings,
        tls: Option<&TlsConnector>,
        timeout: Duration,
    ) -> Result<BrokerConn, KafkaError> {
        debug!(broker = addr, "connecting");
        let tcp = with_timeout(addr, "connect", timeout, async {
            TcpStream::connect(addr)
                .await
                .map_err(|source| KafkaError::Io {
                    addr: addr.to_string(),
                    source,
                })
        })
        .await?;
        let _ = tcp.set_nodelay(true);

        let stream: Box<dyn Stream> = match tls {
            None => Box::new(tcp),
            Some(connector) => {
                let host = host_of(addr);
                let name =
                    rustls::pki_types::ServerName::try_from(host.to_string()).map_err(|e| {
                        KafkaError::Tls {
                            addr: addr.to_string(),
                            message: format!("invalid server name '{host}': {e}"),
                        }
                    })?;
                let tls_stream = with_timeout(addr, "TLS handshake", timeout, async {
                    connector
                        .connect(name, tcp)
                        .await
                        .map_err(|e| KafkaError::Tls {
                            addr: addr.to_string(),
                            message: tls_problem(&e),
                        })
                })
                .await
                .map_err(|e| match e {
                    // A plaintext Kafka listener reads the ClientHello as
                    // the length of a huge request and waits for the rest.
                    KafkaError::Timeout { addr, after, .. } => KafkaError::Tls {
                        addr,
                        message: format!(
                            "no TLS answer within {}: the server may not speak TLS on this \
                             port (PLAINTEXT or SASL_PLAINTEXT?)",
                            humantime::format_duration(after)
                        ),
                    },
                    other => other,
                })?;
                Box::new(tls_stream)
            }
        };

        let mut conn = BrokerConn {
            addr: addr.to_string(),
            stream,
            correlation_id: 0,
            client_id: StrBytes::from_string(settings.client_id.clone()),
            versions: HashMap::new(),
            timeout,
            session_lifetime: None,
        };
        conn.negotiate_versions()
            .await
            .map_err(|e| first_answer_problem(e, tls.is_some()))?;
        if let Some(sasl) = &settings.sasl {
            conn.authenticate(sasl).await?;
        }
        Ok(conn)
    }

    pub fn addr(&self) -> &str {
        &self.addr
    }

    /// Bounds the next round trips by `timeout`: the client hands each
    /// attempt what is left of the command's deadline.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    /// The SASL session lifetime the broker announced, after which it closes
    /// the connection unless the client re-authenticates.
    pub fn session_lifetime(&self) -> Option<Duration> {
        self.session_lifetime
    }

    async fn negotiate_versions(&mut self) -> Result<(), KafkaError> {
        let req = ApiVersionsRequest::default()
            .with_client_software_name(StrBytes::from_static_str("mskctl"))
            .with_client_software_version(StrBytes::from_static_str(env!("CARGO_PKG_VERSION")));
        // v3 is what every Kafka since 2.4 speaks; an older broker answers
        // UNSUPPORTED_VERSION in the v0 layout, and v0 always works.
        let resp = match self.round_trip(&req, 3).await {
            Ok(r) if r.error_code == 0 => r,
            Ok(r) if r.error_code == UNSUPPORTED_VERSION => self.round_trip(&req, 0).await?,
            Ok(r) => {
                return Err(KafkaError::broker(
                    format!("{}: ApiVersions", self.addr),
                    r.error_code,
                    None,
                ))
            }
            // When v0 fails too, the first answer is the telling one (the
            // second read starts mid-way through whatever the server sent).
            Err(first @ KafkaError::Protocol { .. }) => match self.round_trip(&req, 0).await {
                Ok(r) => r,
                Err(_) => return Err(first),
            },
            Err(e) => return Err(e),
        };
        self.versions = resp
            .api_keys
            .iter()
            .map(|k| (k.api_key, (k.min_version, k.max_version)))
            .collect();
        trace!(broker = %self.addr, apis = self.versions.len(), "negotiated API versions");
        Ok(())
    }

    async fn authenticate(&mut self, sasl: &SaslSettings) -> Result<(), KafkaError> {
        let mechanism = sasl.mechanism;
        let addr = self.addr.clone();
        let auth_err = |message: String| KafkaError::Auth {
            addr: addr.clone(),
            message,
        };
        let hs = SaslHandshakeRequest::default()
            .with_mechanism(StrBytes::from_static_str(mechanism.name()));
        let v = self.version_of::<SaslHandshakeRequest>()?;
        if v < 1 {
            return Err(self.unsupported("SaslHandshake v1 (SaslAuthenticate)"));
        }
        let resp = self.round_trip(&hs, 1).await?;
        if resp.error_code != 0 {
            let enabled: Vec<&str> = resp.mechanisms.iter().map(|m| m.as_str()).collect();
            return Err(auth_err(format!(
                "mechanism {} refused ({}); the broker enables: {}",
                mechanism,
                error_name(resp.error_code),
                if enabled.is_empty() {
                    "none".to_string()
                } else {
                    enabled.join(", ")
                }
            )));
        }
        let mut exchange = match &sasl.auth {
            SaslAuth::Password(credentials) => {
                auth::sasl_exchange(mechanism, credentials).map_err(|e| auth_err(e.to_string()))?
            }
            // Asked per connection: the provider hands out its cached token
            // and signs a new one only when that one is close to expiry.
            SaslAuth::AwsIam(tokens) => {
                let token = tokens
                    .bearer_token(self.timeout)
                    .await
                    .map_err(|e| auth_err(e.to_string()))?;
                auth::oauthbearer_exchange(mechanism, &token.value)
            }
        };
        let auth_version = self.version_of::<SaslAuthenticateRequest>()?;
        let mut server: Option<Bytes> = None;
        loop {
            let step = exchange
                .step(server.as_deref())
                .map_err(|e| auth_err(e.to_string()))?;
            let (bytes, last) = match step {
                SaslStep::Done => break,
                SaslStep::Send(b) => (b, false),
                SaslStep::SendLast(b) => (b, true),
            };
            let req = SaslAuthenticateRequest::default().with_auth_bytes(Bytes::from(bytes));
            let resp = self.round_trip(&req, auth_version).await?;
            if resp.error_code != 0 {
                return Err(auth_err(
                    resp.error_message
                        .map(|m| m.to_string())
                        .filter(|m| !m.is_empty())
                        .unwrap_or_else(|| error_name(resp.error_code)),
                ));
            }
            if resp.session_lifetime_ms > 0 {
                let lifetime = Duration::from_millis(resp.session_lifetime_ms as u64);
                debug!(broker = %self.addr, ?lifetime, "the broker limits the SASL session");
                self.session_lifetime = Some(lifetime);
            }
            server = Some(resp.auth_bytes);
            if last {
                break;
            }
        }
        debug!(broker = %self.addr, mechanism = mechanism.label(), "authenticated");
        Ok(())
    }

    /// The highest version both sides speak for `R`.
    pub fn version_of<R: Request>(&self) -> Result<i16, KafkaError> {
        let ours = <R as Message>::VERSIONS;
        let Some(&(min, max)) = self.versions.get(&R::KEY) else {
            return Err(self.unsupported(api_name(R::KEY)));
        };
        let hi = max.min(ours.max);
        let lo = min.max(ours.min);
        if hi < lo {
            return Err(KafkaError::Unsupported {
                addr: self.addr.clone(),
                api: api_name(R::KEY),
                detail: format!(
                    " in a version this client speaks (broker {min}..={max}, client {}..={})",
                    ours.min, ours.max
                ),
            });
        }
        Ok(hi)
    }

    /// Whether the broker listed this API key in its ApiVersions answer.
    pub fn advertises(&self, api_key: i16) -> bool {
        self.versions.contains_key(&api_key)
    }

    pub fn supports<R: Request>(&self) -> bool {
        self.version_of::<R>().is_ok()
    }

    fn unsupported(&self, api: impl Into<String>) -> KafkaError {
        KafkaError::Unsupported {
            addr: self.addr.clone(),
            api: api.into(),
            detail: String::new(),
        }
    }

    /// Sends `req` at the highest common version and returns the response.
    pub async fn send<R: Request>(&mut self, req: &R) -> Result<(R::Response, i16), KafkaError> {
        let v = self.version_of::<R>()?;
        let resp = self.round_trip(req, v).await?;
        Ok((resp, v))
    }

    async fn round_trip<R: Request>(
        &mut self,
        req: &R,
        version: i16,
    ) -> Result<R::Response, KafkaError> {
        self.correlation_id = self.correlation_id.wrapping_add(1);
        let correlation_id = self.correlation_id;
        let header = RequestHeader::default()
            .with_request_api_key(R::KEY)
            .with_request_api_version(version)
            .with_correlation_id(correlation_id)
            .with_client_id(Some(self.client_id.clone()));

        let mut buf = BytesMut::with_capacity(256);
        buf.put_i32(0); // length, patched below
        encode_request_header_into_buffer(&mut buf, &header)
            .and_then(|_| req.encode(&mut buf, version))
            .map_err(|e| self.protocol(format!("cannot encode {}: {e}", api_name(R::KEY))))?;
        let len = (buf.len() - 4) as i32;
        buf[..4].copy_from_slice(&len.to_be_bytes());
        trace!(broker = %self.addr, api = %api_name(R::KEY), version, bytes = buf.len(), "request");

        let addr = self.addr.clone();
        let what = format!("{} request", api_name(R::KEY));
        let timeout = self.timeout;
        let frame = with_timeout(&addr, &what, timeout, async {
            self.stream.write_all(&buf).await.map_err(|e| self.io(e))?;
            self.stream.flush().await.map_err(|e| self.io(e))?;
            let mut len_buf = [0u8; 4];
            self.stream
                .read_exact(&mut len_buf)
                .await
                .map_err(|e| self.io(e))?;
            let len = i32::from_be_bytes(len_buf);
            if len < 4 || len as usize > MAX_FRAME {
                return Err(self.protocol(frame_length_problem(len_buf)));
            }
            let mut frame = vec![0u8; len as usize];
            self.stream
                .read_exact(&mut frame)
                .await
                .map_err(|e| self.io(e))?;
            Ok(Bytes::from(frame))
        })
        .await?;

        let mut frame = frame;
        let header_version = <R::Response as HeaderVersion>::header_version(version);
        let resp_header = ResponseHeader::decode(&mut frame, header_version)
            .map_err(|e| self.protocol(format!("bad response header: {e}")))?;
        if resp_header.correlation_id != correlation_id {
            return Err(self.protocol(format!(
                "response correlation id {} does not match request {correlation_id}",
                resp_header.correlation_id
            )));
        }
        let resp = R::Response::decode(&mut frame, version).map_err(|e| {
            self.protocol(format!(
                "cannot decode {} v{version} response: {e}",
                api_name(R::KEY)
            ))
        })?;
        if frame.has_remaining() {
            trace!(broker = %self.addr, left = frame.remaining(), "trailing bytes in response");
        }
        Ok(resp)
    }

    fn io(&self, source: std::io::Error) -> KafkaError {
        KafkaError::Io {
            addr: self.addr.clone(),
            source,
        }
    }

    fn protocol(&self, message: String) -> KafkaError {
        KafkaError::Protocol {
            addr: self.addr.clone(),
            message,
        }
    }
}

async fn with_timeout<T>(
    addr: &str,
    what: &str,
    timeout: Duration,
    fut: impl std::future::Future<Output = Result<T, KafkaError>>,
) -> Result<T, KafkaError> {
    match tokio::time::timeout(timeout, fut).await {
        Ok(r) => r,
        Err(_) => Err(KafkaError::Timeout {
            addr: addr.to_string(),
            what: what.to_string(),
            // Whole milliseconds: a bound cut from a deadline is ragged.
            after: Duration::from_millis(timeout.as_millis().min(u64::MAX as u128) as u64),
        }),
    }
}

/// `host:port` -> host, handling `[v6]:port`.
pub fn host_of(addr: &str) -> &str {
    if let Some(rest) = addr.strip_prefix('[') {
        if let Some(end) = rest.find(']') {
            return &rest[..end];
        }
    }
    match addr.rsplit_once(':') {
        Some((h, _)) => h,
        None => addr,
    }
}

/// "CreateTopics" for an API key number.
pub fn api_name(key: i16) -> String {
    match ApiKey::try_from(key) {
        Ok(k) => format!("{k:?}"),
        Err(_) => format!("API {key}"),
    }
}

/// What an impossible frame length says about the server: the four bytes
/// are the start of its answer, which tells a TLS listener or an HTTP port
/// from a Kafka broker that sent garbage.
fn frame_length_problem(bytes: [u8; 4]) -> String {
    let len = i32::from_be_bytes(bytes);
    // A TLS record: content type 21 (alert) or 22 (handshake), version 3.x.
    if matches!(bytes[0], 0x15 | 0x16) && bytes[1] == 0x03 {
        return "the server answered with TLS: this listener expects TLS \
                (--security-protocol SSL or SASL_SSL)"
            .to_string();
    }
    if bytes.iter().all(|b| b.is_ascii_graphic() || *b == b' ') {
        let text = String::from_utf8_lossy(&bytes);
        return if bytes.starts_with(b"HTTP") || bytes.starts_with(b"<") {
            format!("the server answered '{text}...': this port speaks HTTP, not Kafka")
        } else {
            format!(
                "the server answered with text ('{text}...'), not the Kafka protocol: \
                 check the port"
            )
        };
    }
    format!("invalid response frame length {len}: this does not look like a Kafka broker")
}

/// A connection closed before the first answer is, far more often than not,
/// a plaintext client at a TLS listener.
fn first_answer_problem(e: KafkaError, tls: bool) -> KafkaError {
    match e {
        KafkaError::Io { addr, source }
            if !tls
                && matches!(
                    source.kind(),
                    std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::ConnectionReset
                ) =>
        {
            KafkaError::Protocol {
                addr,
                message: format!(
                    "the server closed the connection without answering ({source}); \
                     it may expect TLS (--security-protocol SSL or SASL_SSL)"
                ),
            }
        }
        other => other,
    }
}

/// rustls' handshake errors in words, with what to do about them, instead
/// of its Debug names (`Other(OtherError(CaUsedAsEndEntity))`).
fn tls_problem(e: &std::io::Error) -> String {
    let raw = e.to_string();
    let hint = if raw.contains("UnknownIssuer") {
        "the server's certificate is not signed by a trusted CA: pass the CA's certificate \
         with --tls-ca-file"
    } else if raw.contains("CaUsedAsEndEntity") {
        "the server presents a CA certificate (basicConstraints CA:TRUE, often a self-signed \
         one) as its own: give the broker a certificate signed by that CA and pass the CA \
         with --tls-ca-file"
    } else if raw.contains("NotValidForName") {
        "the server's certificate does not name the host connected to: use the broker's \
         advertised host name"
    } else if raw.contains("Expired") {
        "the server's certificate has expired"
    } else if raw.contains("InvalidContentType")
        || raw.contains("corrupt message")
        || e.kind() == std::io::ErrorKind::UnexpectedEof
    {
        "the server does not speak TLS on this port: check the security protocol \
         (PLAINTEXT or SASL_PLAINTEXT?) and the port"
    } else {
        return raw;
    };
    format!("{hint} ({raw})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(host_of("broker-1:9092"), "broker-1");
        assert_eq!(host_of("[::1]:9092"), "::1");
        assert_eq!(host_of("10.0.0.1:9094"), "10.0.0.1");
    }

    #[test]
    fn impossible_frame_lengths_say_what_answered() {
        assert!(frame_length_problem(*b"HTTP").contains("speaks HTTP"));
        assert!(frame_length_problem(*b"/1.1").contains("with text"));
        assert!(frame_length_problem([0x15, 0x03, 0x03, 0x00]).contains("answered with TLS"));
        assert!(frame_length_problem([0, 0, 0, 1]).contains("frame length 1"));
    }

    #[test]
    fn api_names() {
        assert_eq!(api_name(19), "CreateTopics");
        assert_eq!(api_name(44), "IncrementalAlterConfigs");
    }
}
