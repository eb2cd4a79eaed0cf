//! Which broker a request reaches. Broker-scoped requests (a broker's own
//! configs, a partition leader's log) must reach that broker even after the
//! connection they would reuse broke and was reopened elsewhere.

mod support;

use std::time::Duration;

use mskctl::kafka::admin::Admin;
use support::admin::settings;
use support::cluster::{ClusterConfig, Fault, TestCluster};

#[tokio::test]
async fn a_broker_request_reaches_its_broker_after_the_bootstrap_connection_moved() {
    let c = TestCluster::start(ClusterConfig {
        brokers: 3,
        ..ClusterConfig::default()
    })
    .unwrap();
    // Bootstrap through broker 1 only: its connection also serves broker 1.
    let first = c.bootstrap().split(',').next().unwrap().to_string();
    let admin = Admin::connect(settings(&first), Duration::from_secs(10))
        .await
        .unwrap();

    // The shared connection breaks and, broker 1 being down for a moment,
    // is reopened to broker 2 or 3.
    c.inject(Fault::DropConnectionAfter { requests: 0 });
    c.inject(Fault::Unreachable { broker: 1 });
    admin.client().refresh_brokers().await.unwrap();
    c.clear_faults();

    // Broker 1 is back; its configs must be asked of broker 1 itself.
    c.set_broker_config(Some(1), "log.cleaner.threads", Some("2"));
    let configs = admin.broker_configs(1).await.unwrap();
    assert!(
        configs
            .iter()
            .any(|e| e.name == "log.cleaner.threads" && e.value.as_deref() == Some("2")),
        "{configs:?}"
    );
}
