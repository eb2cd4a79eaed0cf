use std::io::IsTerminal;
use std::process::ExitCode;

use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches};

use mskctl::cli::Cli;
use mskctl::error::error_exit_code;

fn main() -> ExitCode {
    // `MSKCTL_COMPLETE=SHELL mskctl` prints the shell's registration, and
    // the shell's calls with it complete names (live ones from the cluster);
    // either way the process ends here.
    clap_complete::CompleteEnv::with_factory(Cli::command)
        .var(mskctl::cli::complete::COMPLETE_VAR)
        .complete();
    let matches = Cli::command().get_matches();
    let mut cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    // Cluster waits last hours unless the user bounds them; only an explicit
    // --timeout does, not its 30s default meant for single requests.
    cli.global.timeout_given = matches.value_source("timeout") == Some(ValueSource::CommandLine);
    cli.global.output_given = matches.value_source("output") == Some(ValueSource::CommandLine);
    if let Some(note) = cli.global.prefer_explicit_context(&matches) {
        eprintln!("{note}");
    }
    init_logging(cli.global.verbose, cli.global.no_color);

    // One thread is plenty: admin work is a handful of concurrent round trips,
    // and a single-threaded runtime keeps start-up cheap.
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(mskctl::commands::run(cli)) {
        Ok(outcome) => outcome.exit_code(),
        Err(err) => {
            // Errors quote names and broker messages: keep their line
            // breaks, never their escape sequences.
            let text = format!("{err:#}");
            eprintln!(
                "error: {}",
                mskctl::render::escape_control_keep_lines(&text)
            );
            error_exit_code(&err)
        }
    }
}

fn init_logging(verbose: u8, no_color: bool) {
    let level = match verbose {
        0 => "warn",
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    // Only our own crate gets chattier with -v; dependencies stay quiet
    // (errors only) by default, since the AWS SDK warns about every instance
    // metadata probe, and at warn from -vv, so -vvv shows mskctl's requests,
    // not every TLS record.
    let deps = if verbose >= 2 { "warn" } else { "error" };
    let filter = tracing_subscriber::EnvFilter::try_from_env("MSKCTL_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(format!("{deps},mskctl={level}")));
    let color =
        !no_color && std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal();
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(color)
        .with_target(false)
        .init();
}
