#![allow(dead_code)]
pub mod cli;
pub mod cluster;
pub mod fault_proxy;
pub mod kafka;
pub mod manifests;
pub mod msk;
pub mod tansu;
