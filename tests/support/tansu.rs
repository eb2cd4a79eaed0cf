//! A real tansu broker (Apache Kafka-compatible, single node, in-memory
//! storage) for integration tests, one fresh process per [`Tansu`].
//!
//! The binary comes from `MSKCTL_TANSU`, else `.test-servers/bin/tansu` as
//! installed by `scripts/install-test-servers`. A missing binary or a broker
//! that does not come up is a test failure, never a skip.
//!
//! What tansu 0.6.0 can and cannot do, which decides what is tested here
//! rather than against the fake cluster:
//!
//! - TLS: `--cert` and `--key` are mutually exclusive on its command line and
//!   either alone leaves the listener in plaintext, so the broker cannot serve
//!   TLS itself. With TLS options, [`Tansu`] puts a TLS-terminating proxy in
//!   front of it and advertises the proxy's address, so clients see a TLS
//!   broker whose metadata points back at the TLS port.
//! - SASL: with `--authentication` it accepts SCRAM-SHA-256, SCRAM-SHA-512
//!   and OAUTHBEARER handshakes (PLAIN makes it close the connection), but
//!   SCRAM users cannot be created in memory storage: AlterUserScramCredentials
//!   answers success and stores nothing, so every SCRAM login ends with the
//!   server-final message `e=unknown-user`.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use kafka_protocol::messages::{
    ApiKey, ApiVersionsRequest, ApiVersionsResponse, MetadataRequest, MetadataResponse,
    RequestHeader, ResponseHeader,
};
use kafka_protocol::protocol::{Decodable, Encodable, HeaderVersion, StrBytes};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};

const READY_TIMEOUT: Duration = Duration::from_secs(15);
const START_ATTEMPTS: usize = 5;
const IO_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Clone, Debug, Default)]
pub struct TansuOptions {
    /// Start with `--authentication`: only ApiVersions, SaslHandshake and
    /// SaslAuthenticate are served before a SASL exchange.
    pub authentication: bool,
    /// Serve TLS with this certificate chain and key (PEM); both or neither.
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    /// Also require client certificates issued by this CA (mTLS).
    pub tls_client_ca: Option<PathBuf>,
}

pub struct Tansu {
    child: Child,
    bootstrap: String,
    broker_addr: SocketAddr,
    log_path: PathBuf,
    tls: Option<TlsTerminator>,
    _dir: tempfile::TempDir,
}

impl Tansu {
    pub fn start() -> Tansu {
        Tansu::start_with(TansuOptions::default())
    }

    pub fn start_with(opts: TansuOptions) -> Tansu {
        let binary = binary();
        let tls_config = match (&opts.tls_cert, &opts.tls_key) {
            (Some(cert), Some(key)) => {
                Some(server_tls_config(cert, key, opts.tls_client_ca.as_deref()))
            }
            (None, None) => {
                assert!(
                    opts.tls_client_ca.is_none(),
                    "tls_client_ca needs tls_cert and tls_key"
                );
                None
            }
            _ => panic!("TansuOptions: set both tls_cert and tls_key, or neither"),
        };
        let dir = tempfile::Builder::new()
            .prefix("mskctl-tansu-")
            .tempdir()
            .unwrap_or_else(|e| panic!("cannot create a temp dir for tansu: {e}"));

        // The proxy's listener stays bound from here on, so only tansu's own
        // port can be lost to another process between probing and binding.
        let tls = tls_config.map(|config| {
            let listener = TcpListener::bind("127.0.0.1:0")
                .unwrap_or_else(|e| panic!("cannot bind the TLS proxy port: {e}"));
            (listener, config)
        });

        let mut failures = Vec::new();
        for attempt in 1..=START_ATTEMPTS {
            let broker_addr = free_loopback_addr();
            let advertised = match &tls {
                Some((listener, _)) => listener
                    .local_addr()
                    .unwrap_or_else(|e| panic!("TLS proxy address: {e}")),
                None => broker_addr,
            };
            let log_path = dir.path().join(format!("tansu-{attempt}.log"));
            let child = spawn(&binary, &opts, broker_addr, advertised, &log_path);
            match wait_until_ready(child, broker_addr, &log_path) {
                Ok(child) => {
                    let tls = tls.map(|(listener, config)| {
                        TlsTerminator::start(listener, broker_addr, config)
                    });
                    return Tansu {
                        child,
                        bootstrap: advertised.to_string(),
                        broker_addr,
                        log_path,
                        tls,
                        _dir: dir,
                    };
                }
                Err(Failure::PortTaken) => {
                    failures.push(format!("attempt {attempt}: port {broker_addr} was taken"));
                }
                Err(Failure::Fatal(why)) => panic!(
                    "tansu ({}) did not start: {why}\n--- last lines of {} ---\n{}",
                    binary.display(),
                    log_path.display(),
                    tail(&log_path, 40)
                ),
            }
        }
        panic!(
            "tansu ({}) did not start after {START_ATTEMPTS} attempts: {}",
            binary.display(),
            failures.join("; ")
        );
    }

    /// `host:port` for clients: the TLS port when TLS is on.
    pub fn bootstrap(&self) -> String {
        self.bootstrap.clone()
    }

    /// tansu's own plaintext listener, bypassing any TLS proxy.
    pub fn broker_addr(&self) -> SocketAddr {
        self.broker_addr
    }

    pub fn is_tls(&self) -> bool {
        self.tls.is_some()
    }

    /// The last `lines` lines of the broker's output, for test diagnostics.
    pub fn log_tail(&self, lines: usize) -> String {
        tail(&self.log_path, lines)
    }
}

impl Drop for Tansu {
    fn drop(&mut self) {
        if let Some(tls) = self.tls.take() {
            tls.stop();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn binary() -> PathBuf {
    let path = match std::env::var_os("MSKCTL_TANSU") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join(".test-servers/bin/tansu"),
    };
    if !path.is_file() {
        panic!(
            "tansu binary not found at {}: run scripts/install-test-servers \
             (or point MSKCTL_TANSU at a tansu 0.6.0 binary)",
            path.display()
        );
    }
    path
}

fn free_loopback_addr() -> SocketAddr {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap_or_else(|e| panic!("cannot find a free loopback port: {e}"))
}

fn spawn(
    binary: &Path,
    opts: &TansuOptions,
    listen: SocketAddr,
    advertised: SocketAddr,
    log_path: &Path,
) -> Child {
    let log = File::create(log_path)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", log_path.display()));
    let log_err = log
        .try_clone()
        .unwrap_or_else(|e| panic!("cannot duplicate the tansu log handle: {e}"));
    let mut cmd = Command::new(binary);
    cmd.arg("broker")
        .arg("--listener-url")
        .arg(format!("tcp://{listen}"))
        .arg("--advertised-listener-url")
        .arg(format!("tcp://{advertised}"))
        .arg("--storage-engine")
        .arg("memory://tansu/");
    if opts.authentication {
        cmd.arg("--authentication");
    }
    // tansu also reads its settings from these; a developer's shell must
    // not change what the tests run against.
    for var in [
        "CLUSTER_ID",
        "LISTENER_URL",
        "ADVERTISED_LISTENER_URL",
        "STORAGE_ENGINE",
        "SCHEMA_REGISTRY",
        "OTEL_EXPORTER_OTLP_ENDPOINT",
    ] {
        cmd.env_remove(var);
    }
    let log_level = std::env::var("MSKCTL_TANSU_LOG").unwrap_or_else(|_| "warn".into());
    cmd.env("RUST_LOG", log_level)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::from(log))
        .stderr(Stdio::from(log_err));
    cmd.spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", binary.display()))
}

enum Failure {
    PortTaken,
    Fatal(String),
}

fn port_taken(log: &str) -> bool {
    log.contains("AddrInUse") || log.contains("Address in use")
}

fn wait_until_ready(mut child: Child, addr: SocketAddr, log_path: &Path) -> Result<Child, Failure> {
    let deadline = Instant::now() + READY_TIMEOUT;
    let mut last_probe = String::from("no attempt yet");
    loop {
        let log = fs::read_to_string(log_path).unwrap_or_default();
        if port_taken(&log) {
            let _ = child.kill();
            let _ = child.wait();
            return Err(Failure::PortTaken);
        }
        match child.try_wait() {
            Ok(Some(status)) => {
                return Err(Failure::Fatal(format!("it exited early with {status}")));
            }
            Ok(None) => {}
            Err(e) => return Err(Failure::Fatal(format!("cannot poll the process: {e}"))),
        }
        // "ready in" is printed only after tansu has bound its listener, so
        // an answer from some other process holding the port is not
        // mistaken for ours.
        if log.contains("ready in") {
            match api_versions_at(&addr.to_string()) {
                Ok(_) => return Ok(child),
                Err(e) => last_probe = e.to_string(),
            }
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(Failure::Fatal(format!(
                "no ApiVersions answer on {addr} within {READY_TIMEOUT:?} (last probe: {last_probe})"
            )));
        }
        thread::sleep(Duration::from_millis(25));
    }
}

fn tail(path: &Path, lines: usize) -> String {
    let text = fs::read_to_string(path).unwrap_or_else(|e| format!("(cannot read log: {e})"));
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

static CORRELATION_ID: AtomicI32 = AtomicI32::new(1);

/// Sends one request and reads its response: 4-byte big-endian length
/// framing, header versions as the API key dictates.
pub fn kafka_request<S, Req, Resp>(
    stream: &mut S,
    api_key: ApiKey,
    version: i16,
    request: &Req,
) -> io::Result<Resp>
where
    S: Read + Write,
    Req: Encodable + HeaderVersion,
    Resp: Decodable + HeaderVersion,
{
    let invalid =
        |e: &dyn std::fmt::Display| io::Error::new(io::ErrorKind::InvalidData, e.to_string());
    let correlation_id = CORRELATION_ID.fetch_add(1, Ordering::Relaxed);
    let header = RequestHeader::default()
        .with_request_api_key(api_key as i16)
        .with_request_api_version(version)
        .with_correlation_id(correlation_id)
        .with_client_id(Some(StrBytes::from_static_str("mskctl-tests")));
    let mut body = BytesMut::new();
    header
        .encode(&mut body, Req::header_version(version))
        .map_err(|e| invalid(&e))?;
    request
        .encode(&mut body, version)
        .map_err(|e| invalid(&e))?;
    let len = u32::try_from(body.len()).map_err(|e| invalid(&e))?;
    stream.write_all(&len.to_be_bytes())?;
    stream.write_all(&body)?;
    stream.flush()?;

    let mut len = [0u8; 4];
    stream.read_exact(&mut len)?;
    let len = u32::from_be_bytes(len) as usize;
    if len > 64 << 20 {
        return Err(invalid(&format!(
            "response of {len} bytes is not plausible"
        )));
    }
    let mut buf = vec![0u8; len];
    stream.read_exact(&mut buf)?;
    let mut buf = Bytes::from(buf);
    let header =
        ResponseHeader::decode(&mut buf, Resp::header_version(version)).map_err(|e| invalid(&e))?;
    if header.correlation_id != correlation_id {
        return Err(invalid(&format!(
            "correlation id {} answered request {correlation_id}",
            header.correlation_id
        )));
    }
    Resp::decode(&mut buf, version).map_err(|e| invalid(&e))
}

pub fn connect(addr: &str) -> io::Result<TcpStream> {
    let sock: SocketAddr = addr
        .parse()
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, format!("{addr}: {e}")))?;
    let stream = TcpStream::connect_timeout(&sock, IO_TIMEOUT)?;
    stream.set_read_timeout(Some(IO_TIMEOUT))?;
    stream.set_write_timeout(Some(IO_TIMEOUT))?;
    Ok(stream)
}

/// ApiVersions v0: the one request every Kafka broker answers before
/// anything else, authenticated or not.
pub fn api_versions<S: Read + Write>(stream: &mut S) -> io::Result<ApiVersionsResponse> {
    kafka_request(
        stream,
        ApiKey::ApiVersions,
        0,
        &ApiVersionsRequest::default(),
    )
}

pub fn api_versions_at(addr: &str) -> io::Result<ApiVersionsResponse> {
    api_versions(&mut connect(addr)?)
}

pub fn metadata<S: Read + Write>(stream: &mut S) -> io::Result<MetadataResponse> {
    kafka_request(stream, ApiKey::Metadata, 1, &MetadataRequest::default())
}

pub type TlsClientStream = rustls::StreamOwned<rustls::ClientConnection, TcpStream>;

/// A blocking TLS connection that trusts only `ca_file`, optionally with a
/// client certificate; the handshake completes before this returns.
pub fn tls_connect(
    addr: &str,
    server_name: &str,
    ca_file: &Path,
    client_identity: Option<(&Path, &Path)>,
) -> io::Result<TlsClientStream> {
    let mut roots = rustls::RootCertStore::empty();
    for cert in read_certs(ca_file) {
        roots
            .add(cert)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    }
    let builder = rustls::ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(io::Error::other)?
        .with_root_certificates(roots);
    let config = match client_identity {
        Some((cert, key)) => builder
            .with_client_auth_cert(read_certs(cert), read_key(key))
            .map_err(io::Error::other)?,
        None => builder.with_no_client_auth(),
    };
    let name = ServerName::try_from(server_name.to_owned())
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    let conn = rustls::ClientConnection::new(Arc::new(config), name).map_err(io::Error::other)?;
    let mut stream = rustls::StreamOwned::new(conn, connect(addr)?);
    while stream.conn.is_handshaking() {
        stream.conn.complete_io(&mut stream.sock)?;
    }
    Ok(stream)
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::aws_lc_rs::default_provider())
}

fn read_certs(path: &Path) -> Vec<CertificateDer<'static>> {
    let certs: Vec<_> = CertificateDer::pem_file_iter(path)
        .and_then(|iter| iter.collect::<Result<Vec<_>, _>>())
        .unwrap_or_else(|e| panic!("cannot read certificates from {}: {e}", path.display()));
    assert!(!certs.is_empty(), "no certificates in {}", path.display());
    certs
}

fn read_key(path: &Path) -> PrivateKeyDer<'static> {
    PrivateKeyDer::from_pem_file(path)
        .unwrap_or_else(|e| panic!("cannot read a private key from {}: {e}", path.display()))
}

fn server_tls_config(
    cert: &Path,
    key: &Path,
    client_ca: Option<&Path>,
) -> Arc<rustls::ServerConfig> {
    let builder = rustls::ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .unwrap_or_else(|e| panic!("TLS protocol versions: {e}"));
    let builder = match client_ca {
        Some(ca) => {
            let mut roots = rustls::RootCertStore::empty();
            for cert in read_certs(ca) {
                roots
                    .add(cert)
                    .unwrap_or_else(|e| panic!("bad CA certificate in {}: {e}", ca.display()));
            }
            let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
                Arc::new(roots),
                provider(),
            )
            .build()
            .unwrap_or_else(|e| panic!("client certificate verifier: {e}"));
            builder.with_client_cert_verifier(verifier)
        }
        None => builder.with_no_client_auth(),
    };
    let config = builder
        .with_single_cert(read_certs(cert), read_key(key))
        .unwrap_or_else(|e| {
            panic!(
                "TLS certificate {} / key {}: {e}",
                cert.display(),
                key.display()
            )
        });
    Arc::new(config)
}

/// Accepts TLS on a loopback port and relays the plaintext to tansu.
struct TlsTerminator {
    runtime: tokio::runtime::Runtime,
}

impl TlsTerminator {
    fn start(
        listener: TcpListener,
        backend: SocketAddr,
        config: Arc<rustls::ServerConfig>,
    ) -> TlsTerminator {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("tansu-tls-proxy")
            .enable_io()
            .build()
            .unwrap_or_else(|e| panic!("cannot start the TLS proxy runtime: {e}"));
        listener
            .set_nonblocking(true)
            .unwrap_or_else(|e| panic!("TLS proxy listener: {e}"));
        let listener = {
            let _guard = runtime.enter();
            tokio::net::TcpListener::from_std(listener)
                .unwrap_or_else(|e| panic!("TLS proxy listener: {e}"))
        };
        let acceptor = tokio_rustls::TlsAcceptor::from(config);
        runtime.spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    // A failed handshake is what TLS tests provoke on purpose;
                    // the client sees it, so it is simply dropped here.
                    let Ok(mut tls) = acceptor.accept(tcp).await else {
                        return;
                    };
                    let Ok(mut plain) = tokio::net::TcpStream::connect(backend).await else {
                        return;
                    };
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
                });
            }
        });
        TlsTerminator { runtime }
    }

    fn stop(self) {
        // Never blocks, so a Tansu may be dropped inside an async test.
        self.runtime.shutdown_background();
    }
}

/// A throwaway CA with a server certificate for `localhost`/`127.0.0.1`
/// and a client certificate, as PEM files in a temp dir.
pub struct TestPki {
    pub ca_file: PathBuf,
    pub server_cert: PathBuf,
    pub server_key: PathBuf,
    pub client_cert: PathBuf,
    pub client_key: PathBuf,
    _dir: tempfile::TempDir,
}

impl TestPki {
    pub fn generate() -> TestPki {
        let dir = tempfile::Builder::new()
            .prefix("mskctl-pki-")
            .tempdir()
            .unwrap_or_else(|e| panic!("cannot create a temp dir for certificates: {e}"));
        let write = |name: &str, contents: String| {
            let path = dir.path().join(name);
            fs::write(&path, contents)
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
            path
        };

        let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new())
            .unwrap_or_else(|e| panic!("CA parameters: {e}"));
        ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "mskctl test CA");
        let ca_key = rcgen::KeyPair::generate().unwrap_or_else(|e| panic!("CA key: {e}"));
        let ca = ca_params
            .self_signed(&ca_key)
            .unwrap_or_else(|e| panic!("CA certificate: {e}"));

        let issue = |sans: &[&str], cn: &str| {
            let key = rcgen::KeyPair::generate().unwrap_or_else(|e| panic!("key: {e}"));
            let mut params = rcgen::CertificateParams::new(
                sans.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            )
            .unwrap_or_else(|e| panic!("certificate parameters: {e}"));
            params
                .distinguished_name
                .push(rcgen::DnType::CommonName, cn);
            let cert = params
                .signed_by(&key, &ca, &ca_key)
                .unwrap_or_else(|e| panic!("certificate for {cn}: {e}"));
            (cert.pem(), key.serialize_pem())
        };
        let (server_pem, server_key_pem) = issue(&["localhost", "127.0.0.1"], "localhost");
        let (client_pem, client_key_pem) = issue(&["mskctl-test-client"], "mskctl-test-client");

        TestPki {
            ca_file: write("ca.pem", ca.pem()),
            server_cert: write("server.pem", server_pem),
            server_key: write("server.key", server_key_pem),
            client_cert: write("client.pem", client_pem),
            client_key: write("client.key", client_key_pem),
            _dir: dir,
        }
    }
}
