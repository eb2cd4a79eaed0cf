#![allow(dead_code)]
pub mod cli;
pub mod cluster;
pub mod kafka;
pub mod msk;
pub mod tansu;
