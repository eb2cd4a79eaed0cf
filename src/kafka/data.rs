//! The data plane: producing and consuming records through librdkafka
//! (rust-rdkafka), which brings batching, compression, retries and fetch
//! pipelining that the admin path does not need.
//!
//! Both planes start from the same [`ConnectionSettings`]; this module maps
//! them onto librdkafka properties, so a context, a flag or an `MSKCTL_*`
//! variable means the same thing to `topic tail` as to `topic list`.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rdkafka::client::{ClientContext, OAuthToken};
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::consumer::{ConsumerContext, StreamConsumer};
use rdkafka::error::KafkaError as RdKafkaError;
use rdkafka::producer::FutureProducer;

use super::settings::{BearerTokenProvider, ConnectionSettings, SaslAuth};

/// Supplies OAUTHBEARER tokens to librdkafka, which asks for one before the
/// first connection and again before the current one expires.
///
/// librdkafka calls this from its own background thread, never from the
/// async runtime, so implementations may block.
pub trait OAuthTokenSource: Send + Sync {
    /// The token, the principal name to report, and when the token expires.
    fn token(&self) -> Result<(String, String, SystemTime), String>;
}

/// The token source these settings need, if any: for AWS_MSK_IAM, one that
/// hands out the settings' bearer tokens. The first token is fetched here,
/// so missing credentials fail before any client is created.
pub async fn oauth_source(
    settings: &ConnectionSettings,
    timeout: Duration,
) -> anyhow::Result<Option<Arc<dyn OAuthTokenSource>>> {
    let Some(provider) = settings.sasl.as_ref().and_then(|s| s.token_provider()) else {
        return Ok(None);
    };
    let provider = Arc::clone(provider);
    provider.bearer_token(timeout).await?;
    // The callback may run on the thread that drives our main runtime
    // (rust-rdkafka serves it while polling), where blocking on that runtime
    // would deadlock; a private runtime on a scoped thread cannot.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    Ok(Some(Arc::new(IamTokens {
        provider,
        timeout,
        runtime: Some(runtime),
    })))
}

struct IamTokens {
    provider: Arc<dyn BearerTokenProvider>,
    /// Bounds each token request made from librdkafka's thread.
    timeout: Duration,
    /// Always `Some` until dropped.
    runtime: Option<tokio::runtime::Runtime>,
}

impl OAuthTokenSource for IamTokens {
    fn token(&self) -> Result<(String, String, SystemTime), String> {
        let runtime = self
            .runtime
            .as_ref()
            .ok_or("the token signer has shut down")?;
        let signed = std::thread::scope(|scope| {
            scope
                .spawn(|| runtime.block_on(self.provider.bearer_token(self.timeout)))
                .join()
        })
        .map_err(|_| "the token signer failed".to_owned())?
        .map_err(|e| e.to_string())?;
        Ok((
            signed.value.expose().to_owned(),
            signed.principal,
            signed.expires_at,
        ))
    }
}

impl Drop for IamTokens {
    fn drop(&mut self) {
        // Dropping a runtime blocks, which tokio forbids inside async code
        // (where clients are dropped); this variant does not wait.
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}

/// librdkafka properties for these settings, in a stable order.
///
/// The SASL password is among them, so callers must never log the result;
/// [`ClientProperties`]'s `Debug` redacts it for that reason.
pub fn librdkafka_properties(settings: &ConnectionSettings, timeout: Duration) -> ClientProperties {
    let mut props: Vec<(&'static str, String)> = vec![
        ("bootstrap.servers", settings.bootstrap_servers.join(",")),
        ("client.id", settings.client_id.clone()),
        (
            "security.protocol",
            settings.security_protocol.name().to_owned(),
        ),
        // Bounds how long a metadata or fetch request may hang; the default
        // of a minute would outlast the user's --timeout.
        (
            "socket.timeout.ms",
            clamp_ms(timeout, 10, i32::MAX).to_string(),
        ),
    ];
    if let Some(sasl) = &settings.sasl {
        match &sasl.auth {
            SaslAuth::Password(credentials) => {
                props.push(("sasl.mechanism", sasl.mechanism.name().to_owned()));
                props.push(("sasl.username", credentials.username.clone()));
                props.push(("sasl.password", credentials.password.expose().to_owned()));
            }
            // Tokens come from `DataContext::generate_oauth_token`.
            SaslAuth::AwsIam(_) => props.push(("sasl.mechanism", "OAUTHBEARER".to_owned())),
        }
    }
    if settings.security_protocol.uses_tls() {
        if let Some(tls) = &settings.tls {
            if let Some(ca) = &tls.ca_file {
                props.push(("ssl.ca.location", ca.display().to_string()));
            }
            if let Some(cert) = &tls.cert_file {
                props.push(("ssl.certificate.location", cert.display().to_string()));
            }
            if let Some(key) = &tls.key_file {
                props.push(("ssl.key.location", key.display().to_string()));
            }
            if tls.insecure_skip_verify {
                props.push(("enable.ssl.certificate.verification", "false".to_owned()));
                props.push(("ssl.endpoint.identification.algorithm", "none".to_owned()));
            }
        }
    }
    ClientProperties(props)
}

/// Milliseconds of `d`, clamped into `[min, max]` for librdkafka's int
/// properties.
fn clamp_ms(d: Duration, min: i64, max: i32) -> i64 {
    (d.as_millis().min(i64::MAX as u128) as i64).clamp(min, i64::from(max))
}

/// librdkafka properties; `Debug` hides secret values.
#[derive(Clone)]
pub struct ClientProperties(Vec<(&'static str, String)>);

impl ClientProperties {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn set(&mut self, key: &'static str, value: impl Into<String>) {
        self.0.push((key, value.into()));
    }

    fn to_client_config(&self) -> ClientConfig {
        let mut config = ClientConfig::new();
        for (k, v) in &self.0 {
            config.set(*k, v);
        }
        // librdkafka's own logs reach us through `DataContext::log`.
        config.set_log_level(RDKafkaLogLevel::Debug);
        config
    }
}

const SECRET_PROPERTIES: &[&str] = &["sasl.password", "ssl.key.password"];

impl fmt::Debug for ClientProperties {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (k, v) in &self.0 {
            if SECRET_PROPERTIES.contains(k) {
                map.entry(k, &"<redacted>");
            } else {
                map.entry(k, v);
            }
        }
        map.finish()
    }
}

/// The last connection-level error librdkafka reported, shared with the
/// client's context so a timeout can say why.
#[derive(Clone, Default)]
pub struct LastError(Arc<Mutex<Option<String>>>);

impl LastError {
    pub fn get(&self) -> Option<String> {
        self.0.lock().ok().and_then(|e| e.clone())
    }

    fn set(&self, reason: &str) {
        if let Ok(mut last) = self.0.lock() {
            *last = Some(reason.to_owned());
        }
    }
}

/// Our librdkafka client context: routes its logs into `tracing`, records
/// the last error it reported, and hands out OAUTHBEARER tokens when the
/// settings call for them.
pub struct DataContext {
    last_error: LastError,
    oauth: Option<Arc<dyn OAuthTokenSource>>,
}

impl DataContext {
    /// A context whose OAUTHBEARER tokens come from `oauth`.
    pub fn new(oauth: Option<Arc<dyn OAuthTokenSource>>) -> Self {
        DataContext {
            last_error: LastError::default(),
            oauth,
        }
    }
}

impl ClientContext for DataContext {
    const ENABLE_REFRESH_OAUTH_TOKEN: bool = true;

    fn log(&self, level: RDKafkaLogLevel, fac: &str, message: &str) {
        // librdkafka logs every failed connection attempt at error level and
        // retries on its own; the command reports the outcome, so these are
        // detail for -v, not alarms.
        match level {
            RDKafkaLogLevel::Emerg
            | RDKafkaLogLevel::Alert
            | RDKafkaLogLevel::Critical
            | RDKafkaLogLevel::Error
            | RDKafkaLogLevel::Warning => tracing::info!("librdkafka {fac}: {message}"),
            RDKafkaLogLevel::Notice | RDKafkaLogLevel::Info => {
                tracing::debug!("librdkafka {fac}: {message}")
            }
            RDKafkaLogLevel::Debug => tracing::trace!("librdkafka {fac}: {message}"),
        }
    }

    fn error(&self, error: RdKafkaError, reason: &str) {
        tracing::debug!("librdkafka error: {error}: {reason}");
        self.last_error.set(reason);
    }

    fn generate_oauth_token(
        &self,
        _config: Option<&str>,
    ) -> Result<OAuthToken, Box<dyn std::error::Error>> {
        let source = self
            .oauth
            .as_ref()
            .ok_or("no OAUTHBEARER token source is configured")?;
        let (token, principal_name, expires) = source.token()?;
        let lifetime_ms = expires
            .duration_since(UNIX_EPOCH)
            .map_err(|_| "token expiry before 1970")?
            .as_millis()
            .min(i64::MAX as u128) as i64;
        Ok(OAuthToken {
            token,
            principal_name,
            lifetime_ms,
        })
    }
}

impl ConsumerContext for DataContext {}

/// A producer for these settings: acknowledgements as asked, Java clients'
/// partitioner so keyed records land where the rest of the estate puts them.
pub fn producer(
    mut props: ClientProperties,
    acks: &str,
    timeout: Duration,
    oauth: Option<Arc<dyn OAuthTokenSource>>,
) -> Result<(FutureProducer<DataContext>, LastError), RdKafkaError> {
    props.set("acks", acks);
    props.set("partitioner", "murmur2_random");
    props.set(
        "message.timeout.ms",
        clamp_ms(timeout, 1, i32::MAX).to_string(),
    );
    // Idempotence needs acks=all; with it, retries cannot duplicate or
    // reorder records.
    props.set("enable.idempotence", (acks == "all").to_string());
    let last_error = LastError::default();
    let context = DataContext {
        last_error: last_error.clone(),
        oauth,
    };
    let client = props.to_client_config().create_with_context(context)?;
    Ok((client, last_error))
}

/// A consumer that reads assigned partitions. Without a group it has a
/// throwaway group id and commits nothing: librdkafka wants an id even for
/// manual assignment, but never talks to a coordinator unless asked to.
pub fn consumer(
    mut props: ClientProperties,
    group: Option<&str>,
    oauth: Option<Arc<dyn OAuthTokenSource>>,
) -> Result<(StreamConsumer<DataContext>, LastError), RdKafkaError> {
    props.set("group.id", group.unwrap_or("mskctl-tail"));
    props.set("enable.auto.commit", "false");
    props.set("enable.auto.offset.store", "false");
    // Positions are resolved before assignment and clamped into range, so an
    // out-of-range offset here means records vanished under us (retention):
    // continue from the earliest that is left.
    props.set("auto.offset.reset", "earliest");
    props.set("enable.partition.eof", "false");
    let last_error = LastError::default();
    let context = DataContext {
        last_error: last_error.clone(),
        oauth,
    };
    let client = props.to_client_config().create_with_context(context)?;
    Ok((client, last_error))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kafka::auth::{SaslCredentials, SaslMechanism, TlsSettings};
    use crate::kafka::settings::{SaslSettings, SecurityProtocol};
    use std::path::PathBuf;

    fn settings(protocol: SecurityProtocol) -> ConnectionSettings {
        ConnectionSettings {
            context: None,
            bootstrap_servers: vec!["a:9092".into(), "b:9092".into()],
            security_protocol: protocol,
            sasl: protocol.uses_sasl().then(|| SaslSettings {
                mechanism: SaslMechanism::ScramSha512,
                auth: SaslAuth::Password(SaslCredentials::new("alice", "s3cret-value")),
            }),
            tls: protocol.uses_tls().then(|| TlsSettings {
                ca_file: Some(PathBuf::from("/etc/ca.pem")),
                cert_file: Some(PathBuf::from("/etc/client.pem")),
                key_file: Some(PathBuf::from("/etc/client.key")),
                insecure_skip_verify: true,
            }),
            client_id: "mskctl/test".into(),
            msk: None,
        }
    }

    #[test]
    fn plaintext_maps_servers_client_id_and_protocol_only() {
        let p = librdkafka_properties(
            &settings(SecurityProtocol::Plaintext),
            Duration::from_secs(5),
        );
        assert_eq!(p.get("bootstrap.servers"), Some("a:9092,b:9092"));
        assert_eq!(p.get("client.id"), Some("mskctl/test"));
        assert_eq!(p.get("security.protocol"), Some("PLAINTEXT"));
        assert_eq!(p.get("socket.timeout.ms"), Some("5000"));
        assert_eq!(p.get("sasl.mechanism"), None);
        assert_eq!(p.get("ssl.ca.location"), None);
    }

    #[test]
    fn sasl_ssl_maps_mechanism_credentials_and_tls_files() {
        let p = librdkafka_properties(
            &settings(SecurityProtocol::SaslSsl),
            Duration::from_secs(30),
        );
        assert_eq!(p.get("security.protocol"), Some("SASL_SSL"));
        assert_eq!(p.get("sasl.mechanism"), Some("SCRAM-SHA-512"));
        assert_eq!(p.get("sasl.username"), Some("alice"));
        assert_eq!(p.get("sasl.password"), Some("s3cret-value"));
        assert_eq!(p.get("ssl.ca.location"), Some("/etc/ca.pem"));
        assert_eq!(p.get("ssl.certificate.location"), Some("/etc/client.pem"));
        assert_eq!(p.get("ssl.key.location"), Some("/etc/client.key"));
        assert_eq!(p.get("enable.ssl.certificate.verification"), Some("false"));
        assert_eq!(p.get("ssl.endpoint.identification.algorithm"), Some("none"));
    }

    #[test]
    fn debug_output_never_shows_the_password() {
        let p = librdkafka_properties(
            &settings(SecurityProtocol::SaslSsl),
            Duration::from_secs(30),
        );
        let shown = format!("{p:?}");
        assert!(!shown.contains("s3cret-value"), "{shown}");
        assert!(shown.contains("<redacted>"), "{shown}");
        assert!(shown.contains("alice"), "{shown}");
    }

    #[test]
    fn later_settings_override_earlier_ones() {
        let mut p = librdkafka_properties(
            &settings(SecurityProtocol::Plaintext),
            Duration::from_secs(5),
        );
        p.set("client.id", "other");
        assert_eq!(p.get("client.id"), Some("other"));
    }

    #[tokio::test]
    async fn password_mechanisms_need_no_token_source() {
        let s = settings(SecurityProtocol::SaslSsl);
        assert!(oauth_source(&s, Duration::from_secs(5))
            .await
            .unwrap()
            .is_none());
    }

    #[test]
    fn timeouts_are_clamped_into_librdkafka_ranges() {
        assert_eq!(clamp_ms(Duration::from_millis(1), 10, i32::MAX), 10);
        assert_eq!(
            clamp_ms(Duration::from_secs(u64::MAX), 10, i32::MAX),
            i64::from(i32::MAX)
        );
    }
}
