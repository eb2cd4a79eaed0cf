//! The rulebook for schema changes: how registering a new version is
//! classified.
//!
//! Under any compatibility level but NONE the registry itself refuses a
//! schema its readers or writers could not handle, so registering what it
//! accepts changes nothing for existing clients: safe. Under NONE it
//! accepts anything, and a producer picking up the new version can write
//! records that existing consumers cannot read: risky, so it asks.

use crate::plan::Safety;

pub fn register_safety(compatibility_level: &str) -> (Safety, &'static str) {
    if compatibility_level.eq_ignore_ascii_case("NONE") {
        (
            Safety::Risky,
            "the subject's compatibility level is NONE: the registry accepts any schema, and records written with it may not be readable by existing consumers",
        )
    } else {
        (
            Safety::Safe,
            "the registry only accepts a schema compatible with the subject's configured level",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_compatibility_none_makes_registering_risky() {
        assert_eq!(register_safety("NONE").0, Safety::Risky);
        assert_eq!(register_safety("none").0, Safety::Risky);
        for level in ["BACKWARD", "FORWARD_TRANSITIVE", "FULL"] {
            assert_eq!(register_safety(level).0, Safety::Safe);
        }
    }
}
