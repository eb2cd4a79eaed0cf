//! Command lines to run later: the connection flags of this run written
//! back out, so a printed "run this next" reaches the same cluster.

use clap::ValueEnum;

use crate::cli::GlobalArgs;

/// `mskctl ARGS...` followed by the connection flags this run was given
/// (flags or their `MSKCTL_*` variables), each word quoted for a POSIX
/// shell where needed.
pub fn command_line(global: &GlobalArgs, args: &[&str]) -> String {
    let mut words: Vec<String> = vec!["mskctl".into()];
    words.extend(args.iter().map(|a| a.to_string()));
    words.extend(connection_flags(global));
    words.iter().map(|w| quote(w)).collect::<Vec<_>>().join(" ")
}

fn connection_flags(global: &GlobalArgs) -> Vec<String> {
    let mut out = Vec::new();
    let mut flag = |name: &str, value: Option<String>| {
        if let Some(v) = value {
            out.push(name.to_string());
            out.push(v);
        }
    };
    let c = &global.connection;
    flag("--context", global.context.clone());
    flag("-b", global.bootstrap_servers.clone());
    flag("--msk-cluster", c.msk_cluster.clone());
    flag("--msk-auth", c.msk_auth.and_then(|v| value_name(&v)));
    flag(
        "--security-protocol",
        c.security_protocol.and_then(|v| value_name(&v)),
    );
    flag(
        "--sasl-mechanism",
        c.sasl_mechanism.and_then(|v| value_name(&v)),
    );
    flag("--sasl-username", c.sasl_username.clone());
    flag("--sasl-password-env", c.sasl_password_env.clone());
    let path = |p: &Option<std::path::PathBuf>| p.as_ref().map(|p| p.display().to_string());
    flag("--sasl-password-file", path(&c.sasl_password_file));
    flag("--tls-ca-file", path(&c.tls_ca_file));
    flag("--tls-cert-file", path(&c.tls_cert_file));
    flag("--tls-key-file", path(&c.tls_key_file));
    flag("--profile", global.aws.profile.clone());
    flag("--region", global.aws.region.clone());
    if c.tls_insecure_skip_verify {
        out.push("--tls-insecure-skip-verify".into());
    }
    if c.msk_public {
        out.push("--msk-public".into());
    }
    out
}

/// The spelling a value has on the command line.
fn value_name<V: ValueEnum>(v: &V) -> Option<String> {
    v.to_possible_value().map(|p| p.get_name().to_string())
}

/// `word` as a POSIX shell reads it back: bare when safe, else in single
/// quotes.
fn quote(word: &str) -> String {
    let safe = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:,=@+%".contains(c));
    if safe {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::{command_line, quote};
    use crate::cli::Cli;

    #[test]
    fn the_connection_flags_given_are_written_back() {
        let cli = Cli::try_parse_from([
            "mskctl",
            "--context",
            "prod",
            "--security-protocol",
            "SASL_SSL",
            "--region",
            "eu-west-1",
            "--timeout",
            "5s",
            "partition",
            "reassign",
            "status",
        ])
        .map_err(|e| e.to_string());
        let Ok(cli) = cli else {
            panic!("parse: {cli:?}");
        };
        let line = command_line(
            &cli.global,
            &["partition", "reassign", "verify", "--plan", "p.json"],
        );
        assert_eq!(
            line,
            "mskctl partition reassign verify --plan p.json --context prod \
             --security-protocol SASL_SSL --region eu-west-1"
        );
    }

    #[test]
    fn words_are_quoted_only_when_needed() {
        assert_eq!(quote("localhost:9092,b:9092"), "localhost:9092,b:9092");
        assert_eq!(quote("my plan.json"), "'my plan.json'");
        assert_eq!(quote("it's"), r"'it'\''s'");
        assert_eq!(quote(""), "''");
    }
}
