//! A fault-injecting TCP proxy in front of any Kafka broker (tansu, the test
//! cluster, real Apache Kafka): per API it can delay, drop (close without
//! answering), stall (never answer) or trickle a response. Broker addresses
//! in Metadata, DescribeCluster and FindCoordinator answers are rewritten to
//! proxied ones, so every connection the client opens goes through it.
//!
//! Requests are answered in order on a connection (as Kafka does), so the
//! proxy pairs each response with the API of the oldest unanswered request.

use std::collections::{HashMap, VecDeque};
use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use kafka_protocol::messages::{
    ApiKey, DescribeClusterResponse, FindCoordinatorResponse, MetadataResponse, ResponseHeader,
};
use kafka_protocol::protocol::{Decodable, Encodable, HeaderVersion, StrBytes};

/// What happens to the answer of a matching request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Hold the answer this long, then send it.
    Delay(Duration),
    /// Close the client's connection instead of answering.
    Drop,
    /// Never answer; the connection stays open until the client gives up.
    Stall,
    /// Send the answer `chunk` bytes at a time, `every` apart.
    Trickle { chunk: usize, every: Duration },
}

#[derive(Debug, Clone)]
struct Rule {
    api: ApiKey,
    action: Action,
    /// `None`: every matching request; `Some(n)`: the next n.
    times: Option<usize>,
}

#[derive(Default)]
struct State {
    rules: Vec<Rule>,
    counts: HashMap<i16, usize>,
    /// Upstream broker address -> the proxy's address for it.
    routes: HashMap<String, String>,
}

impl State {
    fn action_for(&mut self, api: i16) -> Option<Action> {
        let i = self.rules.iter().position(|r| r.api as i16 == api)?;
        let action = self.rules[i].action;
        if let Some(n) = &mut self.rules[i].times {
            *n -= 1;
            if *n == 0 {
                self.rules.remove(i);
            }
        }
        Some(action)
    }
}

pub struct FaultProxy {
    state: Arc<Mutex<State>>,
    bootstrap: String,
}

impl FaultProxy {
    /// A proxy for the broker at `upstream` (`host:port`).
    pub fn start(upstream: &str) -> FaultProxy {
        let state = Arc::new(Mutex::new(State::default()));
        let bootstrap = route(&state, upstream).unwrap_or_else(|e| panic!("proxy: {e}"));
        FaultProxy { state, bootstrap }
    }

    /// The proxied bootstrap address to give the client.
    pub fn bootstrap(&self) -> String {
        self.bootstrap.clone()
    }

    /// Applies `action` to the answers of the next `times` requests of `api`.
    pub fn on(&self, api: ApiKey, action: Action, times: usize) {
        self.lock().rules.push(Rule {
            api,
            action,
            times: Some(times),
        });
    }

    /// Applies `action` to the answers of every request of `api`.
    pub fn always(&self, api: ApiKey, action: Action) {
        self.lock().rules.push(Rule {
            api,
            action,
            times: None,
        });
    }

    pub fn clear(&self) {
        self.lock().rules.clear();
    }

    /// Requests of `api` seen so far.
    pub fn requests(&self, api: ApiKey) -> usize {
        self.lock().counts.get(&(api as i16)).copied().unwrap_or(0)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The proxy address for `upstream`, starting a listener the first time.
fn route(state: &Arc<Mutex<State>>, upstream: &str) -> io::Result<String> {
    let mut s = state.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(addr) = s.routes.get(upstream) {
        return Ok(addr.clone());
    }
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?.to_string();
    s.routes.insert(upstream.to_string(), addr.clone());
    drop(s);
    let (state, upstream) = (state.clone(), upstream.to_string());
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let (state, upstream) = (state.clone(), upstream.clone());
            std::thread::spawn(move || {
                let _ = proxy_connection(client, &upstream, state);
            });
        }
    });
    Ok(addr)
}

fn read_frame(stream: &mut TcpStream) -> io::Result<Vec<u8>> {
    let mut len = [0u8; 4];
    stream.read_exact(&mut len)?;
    let len = u32::from_be_bytes(len) as usize;
    if len > 256 << 20 {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "frame too large",
        ));
    }
    let mut frame = vec![0u8; len];
    stream.read_exact(&mut frame)?;
    Ok(frame)
}

fn proxy_connection(
    mut client: TcpStream,
    upstream: &str,
    state: Arc<Mutex<State>>,
) -> io::Result<()> {
    let mut server = TcpStream::connect(upstream)?;
    let _ = client.set_nodelay(true);
    let _ = server.set_nodelay(true);
    // (api key, api version) of each request not answered yet.
    let pending: Arc<Mutex<VecDeque<(i16, i16)>>> = Arc::default();

    let mut client_in = client.try_clone()?;
    let mut server_out = server.try_clone()?;
    let requests = pending.clone();
    let counts = state.clone();
    std::thread::spawn(move || {
        while let Ok(frame) = read_frame(&mut client_in) {
            if frame.len() < 8 {
                break;
            }
            let api = i16::from_be_bytes([frame[0], frame[1]]);
            let version = i16::from_be_bytes([frame[2], frame[3]]);
            {
                let mut s = counts.lock().unwrap_or_else(|p| p.into_inner());
                *s.counts.entry(api).or_default() += 1;
            }
            requests
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push_back((api, version));
            let len = (frame.len() as u32).to_be_bytes();
            if server_out
                .write_all(&len)
                .and_then(|_| server_out.write_all(&frame))
                .is_err()
            {
                break;
            }
        }
        let _ = server_out.shutdown(Shutdown::Both);
    });

    let mut stalled = false;
    while let Ok(frame) = read_frame(&mut server) {
        let Some((api, version)) = pending
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .pop_front()
        else {
            break;
        };
        if stalled {
            continue;
        }
        let frame = rewrite_addresses(&state, api, version, frame);
        let action = state
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .action_for(api);
        let mut out = (frame.len() as u32).to_be_bytes().to_vec();
        out.extend_from_slice(&frame);
        match action {
            None => client.write_all(&out)?,
            Some(Action::Delay(d)) => {
                std::thread::sleep(d);
                client.write_all(&out)?;
            }
            Some(Action::Drop) => {
                let _ = client.shutdown(Shutdown::Both);
                let _ = server.shutdown(Shutdown::Both);
                return Ok(());
            }
            Some(Action::Stall) => stalled = true,
            Some(Action::Trickle { chunk, every }) => {
                for part in out.chunks(chunk.max(1)) {
                    client.write_all(part)?;
                    client.flush()?;
                    std::thread::sleep(every);
                }
            }
        }
    }
    let _ = client.shutdown(Shutdown::Both);
    Ok(())
}

/// Rewrites the broker addresses of the answers that carry them; any other
/// frame (or one that does not decode) passes through unchanged.
fn rewrite_addresses(state: &Arc<Mutex<State>>, api: i16, version: i16, frame: Vec<u8>) -> Vec<u8> {
    let proxied = |host: &StrBytes, port: i32| -> Option<(StrBytes, i32)> {
        let upstream = format!("{host}:{port}");
        let addr = route(state, &upstream).ok()?;
        let (h, p) = addr.rsplit_once(':')?;
        Some((StrBytes::from_string(h.to_string()), p.parse().ok()?))
    };
    let rewritten = match ApiKey::try_from(api) {
        Ok(ApiKey::Metadata) => recode::<MetadataResponse>(&frame, version, |r| {
            for b in r.brokers.iter_mut() {
                if let Some((h, p)) = proxied(&b.host, b.port) {
                    b.host = h;
                    b.port = p;
                }
            }
        }),
        Ok(ApiKey::DescribeCluster) => recode::<DescribeClusterResponse>(&frame, version, |r| {
            for b in r.brokers.iter_mut() {
                if let Some((h, p)) = proxied(&b.host, b.port) {
                    b.host = h;
                    b.port = p;
                }
            }
        }),
        Ok(ApiKey::FindCoordinator) => recode::<FindCoordinatorResponse>(&frame, version, |r| {
            if r.port > 0 {
                if let Some((h, p)) = proxied(&r.host, r.port) {
                    r.host = h;
                    r.port = p;
                }
            }
            for c in r.coordinators.iter_mut() {
                if let Some((h, p)) = proxied(&c.host, c.port) {
                    c.host = h;
                    c.port = p;
                }
            }
        }),
        _ => None,
    };
    rewritten.unwrap_or(frame)
}

fn recode<R>(frame: &[u8], version: i16, edit: impl FnOnce(&mut R)) -> Option<Vec<u8>>
where
    R: Decodable + Encodable + HeaderVersion,
{
    let header_version = R::header_version(version);
    let mut buf = Bytes::copy_from_slice(frame);
    let header = ResponseHeader::decode(&mut buf, header_version).ok()?;
    let mut resp = R::decode(&mut buf, version).ok()?;
    edit(&mut resp);
    let mut out = BytesMut::new();
    header.encode(&mut out, header_version).ok()?;
    resp.encode(&mut out, version).ok()?;
    Some(out.to_vec())
}
