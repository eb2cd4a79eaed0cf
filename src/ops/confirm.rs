//! The one confirmation rule for every change: safe changes go ahead;
//! risky and destructive ones need a yes, from `--yes` or from a person at
//! a terminal, and the question always names the cluster it acts on. The
//! policy is decided once per run ([`Confirm::resolve`]); asking is the
//! command layer's job (it owns the terminal), handed in as a [`Prompt`].

use std::fmt;

use crate::kafka::ConnectionSettings;
use crate::plan::Safety;

/// How a run answers confirmation questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// `--yes`: every question is answered yes.
    Yes,
    /// A person is at a terminal: ask them.
    Prompt,
    /// No terminal and no `--yes`: anything that needs a yes is refused.
    Refuse,
}

impl Confirm {
    /// `--yes` wins; otherwise asking needs both a terminal to read the
    /// answer from (stdin) and one to show the question on (stderr), since
    /// stdout may be piped into another program.
    pub fn resolve(yes: bool, stdin_is_terminal: bool, stderr_is_terminal: bool) -> Confirm {
        if yes {
            Confirm::Yes
        } else if stdin_is_terminal && stderr_is_terminal {
            Confirm::Prompt
        } else {
            Confirm::Refuse
        }
    }
}

/// Asks a person: shows `change` (what will happen, possibly several
/// lines), then `question`; true when they said yes.
pub trait Prompt {
    fn ask(&mut self, change: &str, question: &str) -> anyhow::Result<bool>;

    /// Says what is about to happen when nobody is asked (a safe change, or
    /// `--yes`): `change`, then `statement` naming the cluster and the class,
    /// so a log shows where a change went and how it was judged.
    fn tell(&mut self, _change: &str, _statement: &str) -> anyhow::Result<()> {
        Ok(())
    }
}

impl<F: FnMut(&str, &str) -> anyhow::Result<bool>> Prompt for F {
    fn ask(&mut self, change: &str, question: &str) -> anyhow::Result<bool> {
        self(change, question)
    }
}

/// The cluster a change acts on, as named in questions and refusals:
/// `context "prod" (b-1.prod:9096,b-2.prod:9096)`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Target {
    pub context: Option<String>,
    /// The MSK cluster (name or ARN) the servers were looked up from.
    pub msk_cluster: Option<String>,
    pub region: Option<String>,
    pub servers: Vec<String>,
}

impl Target {
    pub fn of(settings: &ConnectionSettings, region: Option<&str>) -> Target {
        Target {
            context: settings.context.clone(),
            msk_cluster: settings.msk.clone(),
            region: region.map(String::from),
            servers: settings.bootstrap_servers.clone(),
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let servers = self.servers.join(",");
        let mut named = false;
        if let Some(c) = &self.context {
            write!(f, "context \"{c}\"")?;
            named = true;
        }
        if let Some(m) = &self.msk_cluster {
            if named {
                f.write_str(", ")?;
            }
            write!(f, "MSK cluster \"{m}\"")?;
            if let Some(r) = &self.region {
                write!(f, " in {r}")?;
            }
            named = true;
        }
        if named {
            // An MSK change made through AWS has no bootstrap servers.
            if servers.is_empty() {
                Ok(())
            } else {
                write!(f, " ({servers})")
            }
        } else {
            write!(f, "bootstrap servers {servers}")
        }
    }
}

/// Gets the yes a change of this safety class needs, or fails saying why
/// nothing was changed. `change` describes the change (shown before the
/// question, and repeated in a refusal); `question` ends with `?` and names
/// the target.
pub fn confirm(
    policy: Confirm,
    safety: Safety,
    change: &str,
    question: &str,
    prompt: &mut dyn Prompt,
) -> anyhow::Result<()> {
    let statement = question.strip_suffix('?').unwrap_or(question);
    if safety == Safety::Safe {
        return prompt.tell(change, &format!("{statement} (safe)"));
    }
    match policy {
        Confirm::Yes => prompt.tell(
            change,
            &format!("{statement} ({}, confirmed with --yes)", safety.name()),
        ),
        Confirm::Refuse => {
            // The question first: it says what and where; then the change.
            let change = if change.is_empty() {
                String::new()
            } else {
                format!("{change}\n")
            };
            anyhow::bail!(
                "{question}\n{change}Refusing without --yes: the change is {} and there is no terminal to confirm on. Nothing was changed; pass --yes to make it.",
                safety.name()
            )
        }
        Confirm::Prompt => {
            if prompt.ask(change, &classed(question, safety))? {
                Ok(())
            } else {
                anyhow::bail!("not confirmed; nothing was changed")
            }
        }
    }
}

/// The question with the class of the change in it, as the terminal asks
/// it: "Delete these topics on context "prod" (...) (destructive)?".
fn classed(question: &str, safety: Safety) -> String {
    let statement = question.strip_suffix('?').unwrap_or(question);
    format!("{statement} ({})?", safety.name())
}

/// [`confirm`] for a question that always needs a yes, even when its class
/// is safe: an `apply` summary (as terraform asks before any apply), an
/// imperative operation judged by [`crate::plan::Operation`]. The class is
/// said in the question, in the `--yes` statement and in the refusal.
pub fn confirm_needed(
    policy: Confirm,
    safety: Safety,
    question: &str,
    prompt: &mut dyn Prompt,
) -> anyhow::Result<()> {
    if safety != Safety::Safe {
        return confirm(policy, safety, "", question, prompt);
    }
    let statement = question.strip_suffix('?').unwrap_or(question);
    match policy {
        Confirm::Yes => prompt.tell("", &format!("{statement} (safe, confirmed with --yes)")),
        Confirm::Refuse => anyhow::bail!(
            "{question}\nRefusing without --yes: there is no terminal to confirm on. Nothing was changed; pass --yes to make the changes."
        ),
        Confirm::Prompt => {
            if prompt.ask("", &classed(question, safety))? {
                Ok(())
            } else {
                anyhow::bail!("not confirmed; nothing was changed")
            }
        }
    }
}

/// [`confirm_needed`] for an operation of the rulebook: its class and why
/// come from [`crate::plan::Operation`], shown before the question.
pub fn confirm_operation(
    policy: Confirm,
    operation: crate::plan::Operation,
    question: &str,
    prompt: &mut dyn Prompt,
) -> anyhow::Result<()> {
    let why = format!("why {}: {}", operation.safety().name(), operation.why());
    confirm(policy, operation.safety(), &why, question, prompt)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn never(_: &str, _: &str) -> anyhow::Result<bool> {
        panic!("must not ask")
    }

    #[test]
    fn policy_from_yes_and_terminals() {
        assert_eq!(Confirm::resolve(true, false, false), Confirm::Yes);
        assert_eq!(Confirm::resolve(false, true, true), Confirm::Prompt);
        assert_eq!(Confirm::resolve(false, true, false), Confirm::Refuse);
        assert_eq!(Confirm::resolve(false, false, true), Confirm::Refuse);
    }

    #[test]
    fn safe_changes_are_never_asked_about() {
        for p in [Confirm::Yes, Confirm::Prompt, Confirm::Refuse] {
            assert!(confirm(p, Safety::Safe, "c", "q?", &mut never).is_ok());
        }
    }

    #[test]
    fn refusal_names_the_change_the_target_and_the_flag() {
        let t = Target {
            context: Some("prod".into()),
            servers: vec!["b-1:9096".into(), "b-2:9096".into()],
            ..Target::default()
        };
        let q = format!("Delete topic orders on {t}?");
        let e = confirm(
            Confirm::Refuse,
            Safety::Destructive,
            "delete orders",
            &q,
            &mut never,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains(r#"context "prod" (b-1:9096,b-2:9096)"#), "{e}");
        assert!(e.contains("--yes") && e.contains("delete orders"), "{e}");
    }

    #[test]
    fn every_path_names_the_class() {
        let mut asked = String::new();
        let mut record = |_: &str, q: &str| {
            asked = q.to_owned();
            Ok(true)
        };
        confirm(Confirm::Prompt, Safety::Risky, "c", "Go on x?", &mut record).unwrap();
        assert_eq!(asked, "Go on x (risky)?");
        let mut told = String::new();
        let mut tell = Teller(&mut told);
        confirm_needed(
            Confirm::Yes,
            Safety::Safe,
            "Apply 1 changes to x?",
            &mut tell,
        )
        .unwrap();
        assert_eq!(told, "Apply 1 changes to x (safe, confirmed with --yes)");
        let e = confirm_needed(Confirm::Refuse, Safety::Safe, "Apply?", &mut never)
            .unwrap_err()
            .to_string();
        assert!(e.contains("--yes"), "{e}");
        let e = confirm_operation(
            Confirm::Refuse,
            crate::plan::Operation::DeleteGroups,
            "Delete these consumer groups on x?",
            &mut never,
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("destructive") && e.contains("auto.offset.reset"),
            "{e}"
        );
    }

    struct Teller<'a>(&'a mut String);

    impl Prompt for Teller<'_> {
        fn ask(&mut self, _: &str, _: &str) -> anyhow::Result<bool> {
            panic!("must not ask")
        }
        fn tell(&mut self, _: &str, statement: &str) -> anyhow::Result<()> {
            statement.clone_into(self.0);
            Ok(())
        }
    }

    #[test]
    fn prompt_answer_decides() {
        let mut yes = |_: &str, _: &str| Ok(true);
        let mut no = |_: &str, _: &str| Ok(false);
        assert!(confirm(Confirm::Prompt, Safety::Risky, "c", "q?", &mut yes).is_ok());
        assert!(confirm(Confirm::Prompt, Safety::Risky, "c", "q?", &mut no).is_err());
    }

    #[test]
    fn target_names() {
        let servers = vec!["a:9092".to_string()];
        let plain = Target {
            servers: servers.clone(),
            ..Target::default()
        };
        assert_eq!(plain.to_string(), "bootstrap servers a:9092");
        let msk = Target {
            msk_cluster: Some("orders".into()),
            region: Some("eu-west-1".into()),
            servers,
            ..Target::default()
        };
        assert_eq!(
            msk.to_string(),
            r#"MSK cluster "orders" in eu-west-1 (a:9092)"#
        );
        let through_aws = Target {
            servers: Vec::new(),
            ..msk
        };
        assert_eq!(
            through_aws.to_string(),
            r#"MSK cluster "orders" in eu-west-1"#
        );
    }
}
