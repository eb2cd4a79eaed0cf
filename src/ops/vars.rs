//! The manifest variables of one run, gathered once from every source in
//! the documented order (see [`crate::manifest::vars`]): the context's
//! `vars:`, then `MSKCTL_VAR_*`, then `--values` files in order, then
//! `--set` in order; later wins.

use std::path::PathBuf;

use crate::context::Config;
use crate::error::UsageError;
use crate::manifest::vars::{self, Source, Vars};

/// What the command line said about variables.
#[derive(Debug, Clone, Default)]
pub struct VarOptions {
    /// `--set NAME=VALUE`, in order.
    pub set: Vec<(String, String)>,
    /// `--values FILE`, in order.
    pub values: Vec<PathBuf>,
    /// `--context NAME` (else the current context supplies defaults).
    pub context: Option<String>,
}

/// The context whose `vars:` apply: `--context`, else the current one.
/// Without a config file there is none; a `--context` that does not exist
/// is an error, as everywhere.
fn context_vars(context: Option<&str>) -> anyhow::Result<Vec<(String, String)>> {
    let config = match Config::load() {
        Ok((c, _)) => c,
        Err(e) if context.is_none() => {
            // Offline commands never needed the config file before; a
            // broken one only loses its defaults.
            tracing::warn!("ignoring the config file's variables: {e:#}");
            return Ok(Vec::new());
        }
        Err(e) => return Err(e),
    };
    let name = match (context, &config.current_context) {
        (Some(n), _) => n.to_string(),
        (None, Some(n)) => n.clone(),
        (None, None) => return Ok(Vec::new()),
    };
    match config.contexts.get(&name) {
        Some(ctx) => ctx.var_values(&name),
        None if context.is_some() => Err(config.unknown_context(&name).into()),
        // A dangling current context is reported by commands that connect.
        None => Ok(Vec::new()),
    }
}

pub fn gather(opts: &VarOptions) -> anyhow::Result<Vars> {
    gather_with(
        opts,
        std::env::vars(),
        context_vars(opts.context.as_deref())?,
    )
}

/// [`gather`] over a given environment and context values, for tests.
pub fn gather_with(
    opts: &VarOptions,
    env: impl IntoIterator<Item = (String, String)>,
    context: Vec<(String, String)>,
) -> anyhow::Result<Vars> {
    let mut out = Vars::default();
    out.layer(
        context,
        Source::Context(opts.context.clone().unwrap_or_default()),
    );
    out.layer(Vars::from_env(env), Source::Env);
    for path in &opts.values {
        let values = vars::read_values(path).map_err(|problems| UsageError(problems.join("\n")))?;
        out.layer(values, Source::Values(path.display().to_string()));
    }
    out.layer(opts.set.iter().cloned(), Source::Set);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_beats_values_beats_env_beats_context() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.yaml");
        let b = dir.path().join("b.yaml");
        std::fs::write(&a, "X: from-a\nY: from-a\nZ: from-a\n").unwrap();
        std::fs::write(&b, "Y: from-b\n").unwrap();
        let opts = VarOptions {
            set: vec![("X".into(), "from-set".into())],
            values: vec![a, b],
            context: Some("prod".into()),
        };
        let env = [
            ("MSKCTL_VAR_Z".to_string(), "from-env".to_string()),
            ("MSKCTL_VAR_E".to_string(), "from-env".to_string()),
        ];
        let ctx = vec![
            ("E".to_string(), "from-ctx".to_string()),
            ("C".to_string(), "from-ctx".to_string()),
        ];
        let v = gather_with(&opts, env, ctx).unwrap();
        assert_eq!(v.get("X"), Some("from-set"));
        assert_eq!(v.get("Y"), Some("from-b"), "later --values wins");
        assert_eq!(v.get("Z"), Some("from-a"), "--values beats the environment");
        assert_eq!(
            v.get("E"),
            Some("from-env"),
            "the environment beats the context"
        );
        assert_eq!(v.get("C"), Some("from-ctx"));
    }
}
