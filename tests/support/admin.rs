//! Connecting mskctl's own admin client (the library, not the binary) to a
//! test cluster, for tests that send requests the command line would never
//! let through.

use mskctl::kafka::settings::{ConnectionSettings, SecurityProtocol};

/// PLAINTEXT settings for these bootstrap servers.
pub fn settings(bootstrap: &str) -> ConnectionSettings {
    ConnectionSettings {
        context: None,
        bootstrap_servers: bootstrap.split(',').map(str::to_owned).collect(),
        security_protocol: SecurityProtocol::Plaintext,
        sasl: None,
        tls: None,
        client_id: "mskctl-test".into(),
        msk: None,
    }
}
