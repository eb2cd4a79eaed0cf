// Every test binary compiles these helpers and uses only some of them, so
// what one binary leaves unused is not dead code. The fake cluster is a
// crate of its own (crates/kafka-fake), only re-exported here.
#[allow(dead_code)]
pub mod admin;
#[allow(dead_code)]
pub mod cli;
#[allow(unused_imports)]
pub mod cluster;
#[allow(dead_code)]
pub mod fault_proxy;
#[allow(dead_code)]
pub mod kafka;
#[allow(dead_code)]
pub mod manifests;
#[allow(dead_code)]
pub mod msk;
#[allow(dead_code)]
pub mod tansu;
