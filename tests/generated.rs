//! `completions/` and `man/` are generated from the clap tree and committed.
//! This test fails when they are stale; `MSKCTL_REGENERATE=1 cargo test
//! --test generated` (or scripts/regenerate) rewrites them.

use std::path::Path;

#[test]
fn completions_and_man_pages_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("MSKCTL_REGENERATE").is_some() {
        for dir in ["completions", "man"] {
            let _ = std::fs::remove_dir_all(root.join(dir));
        }
        mskctl::commands::completions::write_generated(root).expect("write generated files");
    }
    let files = mskctl::commands::completions::generated_files().expect("generate");
    let mut stale = Vec::new();
    for (rel, contents) in &files {
        match std::fs::read(root.join(rel)) {
            Ok(on_disk) if &on_disk == contents => {}
            Ok(_) => stale.push(format!("{rel} differs")),
            Err(_) => stale.push(format!("{rel} is missing")),
        }
    }
    // Pages for commands that no longer exist are stale too.
    for dir in ["completions", "man"] {
        if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
            for e in entries.flatten() {
                let rel = format!("{dir}/{}", e.file_name().to_string_lossy());
                if !files.iter().any(|(r, _)| *r == rel) {
                    stale.push(format!("{rel} is not generated any more"));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated files are stale (run scripts/regenerate):\n  {}",
        stale.join("\n  ")
    );
    assert!(files.iter().any(|(r, _)| r == "man/mskctl-topic-create.1"));
    assert!(files.iter().any(|(r, _)| r == "completions/_mskctl"));
}
