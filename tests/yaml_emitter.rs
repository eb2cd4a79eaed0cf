//! `mskctl::yaml::to_string` prints exactly what serde_yaml printed for the
//! same value, so `-o yaml` output did not change when the emitter
//! replaced it. Goes away with the serde_yaml dependency.

use proptest::prelude::*;
use serde_json::Value;

fn tricky_string() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "a", "b", " ", "\n", "\t", ":", "#", "-", "?", "'", "\"", "\\", ",", "[", "]", "{", "}",
        "&", "*", "!", "|", ">", "%", "@", "`", "0", "1", "x", ".", "e", "+", "~", "null", "true",
        "é", "日", "😀", "\r", "\u{85}", "\u{2028}", "\u{a0}", "\u{feff}", "\u{7}", "\0", "---",
        "...", "0x", "0o7", "inf", ".inf", "_",
    ]);
    prop::collection::vec(atoms, 0..8).prop_map(|v| v.concat())
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|i| Value::Number(i.into())),
        any::<u64>().prop_map(|i| Value::Number(i.into())),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| serde_json::json!(f)),
        tricky_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((tricky_string(), inner), 0..5)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn same_as_serde_yaml(v in value()) {
        let ours = mskctl::yaml::to_string(&v).unwrap();
        let theirs = serde_yaml::to_string(&v).unwrap();
        prop_assert_eq!(ours, theirs);
    }

    #[test]
    fn long_keys(k in "[a-z ]{120,140}", v in value()) {
        let v = serde_json::json!({k: v});
        prop_assert_eq!(mskctl::yaml::to_string(&v).unwrap(), serde_yaml::to_string(&v).unwrap());
    }
}
