//! `mskctl::yaml` against serde_yaml, which it replaces: `to_string` prints
//! exactly what serde_yaml printed for the same value, and `from_str`
//! reads the config file to the same model with the same error text and
//! positions. Goes away with the serde_yaml dependency.

use proptest::prelude::*;
use std::path::Path;

use mskctl::context::Config;
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

const CONFIG: &str = "\
current-context: prod
contexts:
  prod:
    bootstrap-servers: [b-1.prod:9096, b-2.prod:9096]
    security-protocol: SASL_SSL
    sasl:
      mechanism: SCRAM-SHA-512
      username: ops
      password-env: PROD_KAFKA_PASSWORD
    tls:
      ca-file: /etc/ssl/kafka-ca.pem
      insecure-skip-verify: true
  local:
    bootstrap-servers: localhost:9092
  'aws: 1':
    msk:
      cluster: arn:aws:kafka:eu-west-1:123:cluster/x/y
      auth: iam
      public: false
";

#[test]
fn config_file_reads_and_writes_the_same() {
    let path = Path::new("/cfg/config.yaml");
    let config = Config::parse(CONFIG, path).expect("valid config");
    assert_eq!(
        mskctl::yaml::to_string(&config).expect("serializable"),
        serde_yaml::to_string(&config).expect("serializable")
    );
    let ours: Option<Config> = mskctl::yaml::from_str(CONFIG, path).expect("valid config");
    assert_eq!(ours, Some(config));
    let empty: Option<Config> = mskctl::yaml::from_str("# nothing yet\n", path).expect("empty");
    assert_eq!(empty, None);
}

#[test]
fn config_errors_say_the_same_at_the_same_place() {
    let path = Path::new("/cfg/config.yaml");
    for bad in [
        "contexts:\n  a:\n    bootstrap-servers: [x:1]\n    sasl:\n      password: hunter2\n",
        "contexts:\n  a:\n    bootstrap-server: [x:1]\n",
        "contexts:\n  a:\n    tls:\n      insecure-skip-verify: maybe\n",
        "contexts:\n  a:\n    security-protocol: FOO\n",
        "current-context: [a]\n",
        "contexts: 3\n",
        "contexts:\n  a:\n    msk:\n      public: 3\n",
        "contexts:\n  a:\n    bootstrap-servers:\n    - [x]\n",
    ] {
        let theirs = Config::parse(bad, path).expect_err(bad).to_string();
        let ours = mskctl::yaml::from_str::<Option<Config>>(bad, path)
            .expect_err(bad)
            .to_string();
        // The config model adds a did-you-mean to unknown fields itself.
        assert!(theirs.starts_with(&ours), "{theirs}\n{ours}");
    }
}
