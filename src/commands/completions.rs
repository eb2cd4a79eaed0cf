//! Shell completions and man pages, both generated from the clap tree. The
//! committed copies under `completions/` and `man/` are checked against
//! these generators by `tests/generated.rs`.

use std::path::Path;

use anyhow::Context;
use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::Outcome;

pub fn run(shell: Shell) -> anyhow::Result<Outcome> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "mskctl", &mut out);
    crate::render::write_stdout(&String::from_utf8_lossy(&out))?;
    Ok(Outcome::Success)
}

/// Shells with committed completion scripts, and their file names.
pub const SHELLS: &[(Shell, &str)] = &[
    (Shell::Bash, "mskctl.bash"),
    (Shell::Zsh, "_mskctl"),
    (Shell::Fish, "mskctl.fish"),
    (Shell::PowerShell, "_mskctl.ps1"),
    (Shell::Elvish, "mskctl.elv"),
];

/// Every generated file as (relative path, contents).
pub fn generated_files() -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    for (shell, name) in SHELLS {
        let mut out = Vec::new();
        clap_complete::generate(*shell, &mut Cli::command(), "mskctl", &mut out);
        files.push((format!("completions/{name}"), out));
    }
    let mut root = Cli::command();
    root.build();
    man_pages(&root, "mskctl", &mut files)?;
    Ok(files)
}

/// One page per command and subcommand: mskctl.1, mskctl-topic.1,
/// mskctl-topic-create.1, ...
fn man_pages(
    cmd: &clap::Command,
    name: &str,
    files: &mut Vec<(String, Vec<u8>)>,
) -> anyhow::Result<()> {
    let page_cmd = cmd.clone().name(name.to_string());
    let mut out = Vec::new();
    clap_mangen::Man::new(page_cmd)
        .render(&mut out)
        .with_context(|| format!("cannot render the man page of {name}"))?;
    files.push((format!("man/{name}.1"), out));
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        man_pages(sub, &format!("{name}-{}", sub.get_name()), files)?;
    }
    Ok(())
}

/// Writes every generated file below `root`.
pub fn write_generated(root: &Path) -> anyhow::Result<()> {
    for (rel, contents) in generated_files()? {
        let path = root.join(&rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
        }
        std::fs::write(&path, contents)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}
