//! Offset files: the CSV Kafka's `kafka-consumer-groups --export` writes
//! (`topic,partition,offset` for one group, `group,topic,partition,offset`
//! for several; no header), which `group reset-offsets --from-file` reads
//! and `--export` prints, and the backups written before every offset
//! change (the group form, so a backup names the group it came from and
//! Kafka's own tool can read it too).

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context};

use crate::kafka::admin::TopicPartition;

/// The most rows one offset file may hold: far above any group (Kafka
/// caps a cluster at a few hundred thousand partitions), far below what
/// would hurt the machine.
pub const MAX_ROWS: usize = 1_000_000;

/// CSV lines, no header, `\n` after each (as Kafka's writer ends them).
fn csv_lines(records: impl Iterator<Item = Vec<String>>) -> String {
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    for r in records {
        // Writing to memory cannot fail.
        let _ = w.write_record(&r);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// `topic,partition,offset` lines, as Kafka exports one group.
pub fn to_csv(offsets: &[(TopicPartition, i64)]) -> String {
    csv_lines(
        offsets
            .iter()
            .map(|((t, p), o)| vec![t.clone(), p.to_string(), o.to_string()]),
    )
}

/// `group,topic,partition,offset` lines (group ids may hold commas or
/// quotes; CSV quoting keeps them whole), as Kafka exports several groups.
pub fn to_group_csv(group: &str, offsets: &BTreeMap<TopicPartition, i64>) -> String {
    csv_lines(
        offsets
            .iter()
            .map(|((t, p), o)| vec![group.to_string(), t.clone(), p.to_string(), o.to_string()]),
    )
}

/// The offsets for `group` in an offset file's text; `source` names the
/// file in errors (`FILE:LINE: ...`). Rows of other groups (a several-group
/// export) are skipped and counted.
pub fn parse(text: &str, source: &str, group: &str) -> anyhow::Result<ParsedOffsets> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::None)
        .from_reader(text.as_bytes());
    let mut out = ParsedOffsets::default();
    let mut width: Option<usize> = None;
    let mut seen: BTreeMap<TopicPartition, u64> = BTreeMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            anyhow!("{source}:{line}: not CSV: {e}")
        })?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.len() == 1 && record.get(0).is_some_and(|f| f.trim().is_empty()) {
            continue;
        }
        let fields: Vec<&str> = record.iter().collect();
        match (width, fields.len()) {
            (_, n) if n != 3 && n != 4 => bail!(
                "{source}:{line}: expected topic,partition,offset or group,topic,partition,offset \
                 ({n} field(s))"
            ),
            (Some(w), n) if w != n => bail!(
                "{source}:{line}: {n} fields where the lines before have {w}; one file holds one \
                 form"
            ),
            _ => width = Some(fields.len()),
        }
        let (row_group, rest) = match fields.as_slice() {
            [g, rest @ ..] if fields.len() == 4 => (Some(*g), rest),
            rest => (None, rest),
        };
        let [topic, partition, offset] = rest else {
            bail!("{source}:{line}: expected three fields");
        };
        if let Some(g) = row_group {
            if g != group {
                out.other_groups += 1;
                continue;
            }
        }
        if topic.is_empty() {
            bail!("{source}:{line}: empty topic name");
        }
        let partition: i32 = partition
            .trim()
            .parse()
            .ok()
            .filter(|p| *p >= 0)
            .ok_or_else(|| {
                anyhow!(
                    "{source}:{line}: '{}' is not a partition number",
                    crate::render::escape_control(partition)
                )
            })?;
        let offset: i64 = offset
            .trim()
            .parse()
            .ok()
            .filter(|o| *o >= 0)
            .ok_or_else(|| {
                anyhow!(
                    "{source}:{line}: '{}' is not an offset (a whole number, 0 or more)",
                    crate::render::escape_control(offset)
                )
            })?;
        let tp = (topic.to_string(), partition);
        if let Some(first) = seen.insert(tp.clone(), line) {
            bail!(
                "{source}:{line}: topic '{}' partition {partition} is already set on line {first}",
                crate::render::escape_control(topic)
            );
        }
        if out.offsets.len() >= MAX_ROWS {
            bail!("{source}:{line}: more than {MAX_ROWS} offsets in one file");
        }
        out.offsets.insert(tp, offset);
    }
    Ok(out)
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct ParsedOffsets {
    pub offsets: BTreeMap<TopicPartition, i64>,
    /// Rows skipped because they belong to another group.
    pub other_groups: usize,
}

/// Reads an offset file (bounded) and parses it for `group`. A file that
/// cannot be used is a usage error (exit 2): no retry can make it work.
pub fn read(path: &Path, group: &str) -> anyhow::Result<ParsedOffsets> {
    read_inner(path, group).map_err(|e| crate::error::UsageError(format!("{e:#}")).into())
}

fn read_inner(path: &Path, group: &str) -> anyhow::Result<ParsedOffsets> {
    let text = crate::input::read_file_to_string(path)
        .with_context(|| format!("cannot read offsets from {}", path.display()))?;
    let parsed = parse(&text, &path.display().to_string(), group)?;
    if parsed.offsets.is_empty() {
        if parsed.other_groups > 0 {
            bail!(
                "{}: no offsets for consumer group '{group}' ({} line(s) of other groups)",
                path.display(),
                parsed.other_groups
            );
        }
        bail!("{}: no offsets in the file", path.display());
    }
    Ok(parsed)
}

/// A group id as a file-name part: bytes outside `[A-Za-z0-9._-]` become
/// `%XX` (so `../x` or `a/b` cannot leave the directory and distinct ids
/// stay distinct), cut to 150 bytes to stay under file-name limits.
pub fn safe_file_part(group: &str) -> String {
    let mut out = String::with_capacity(group.len());
    for b in group.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_') || (b == b'.' && !out.is_empty()) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
        if out.len() >= 150 {
            break;
        }
    }
    if out.is_empty() {
        out.push_str("%EMPTY");
    }
    out
}

/// `$XDG_STATE_HOME/mskctl/offsets` (an absolute XDG_STATE_HOME only, as
/// the XDG spec requires), else `~/.local/state/mskctl/offsets`.
pub fn backup_dir_from(
    xdg_state_home: Option<std::ffi::OsString>,
    home: Option<PathBuf>,
) -> anyhow::Result<PathBuf> {
    let base = match xdg_state_home.map(PathBuf::from) {
        Some(p) if p.is_absolute() => p,
        _ => home
            .ok_or_else(|| {
                anyhow!(
                    "cannot choose where to back up offsets: neither XDG_STATE_HOME nor a home \
                     directory is set (choose a file with --backup FILE)"
                )
            })?
            .join(".local/state"),
    };
    Ok(base.join("mskctl").join("offsets"))
}

/// `YYYYMMDDTHHMMSSZ` for a backup's file name.
fn utc_stamp() -> String {
    let now = jiff::Timestamp::now();
    now.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// Writes the backup of `group`'s committed offsets, never over an existing
/// file: to `dest` if given, else a new `GROUP-UTCSTAMP.csv` in the default
/// directory. The file is synced before this returns, so a change that
/// follows can always be undone from it.
pub fn write_backup(
    group: &str,
    committed: &BTreeMap<TopicPartition, i64>,
    dest: Option<&Path>,
) -> anyhow::Result<PathBuf> {
    let text = to_group_csv(group, committed);
    let (mut file, path) = match dest {
        Some(p) => (create_new(p)?, p.to_path_buf()),
        None => {
            let dir = backup_dir_from(std::env::var_os("XDG_STATE_HOME"), dirs::home_dir())?;
            fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
            let stem = format!("{}-{}", safe_file_part(group), utc_stamp());
            let mut n = 0u32;
            loop {
                let name = if n == 0 {
                    format!("{stem}.csv")
                } else {
                    format!("{stem}-{n}.csv")
                };
                let path = dir.join(name);
                match OpenOptions::new().write(true).create_new(true).open(&path) {
                    Ok(f) => break (f, path),
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 1000 => n += 1,
                    Err(e) => {
                        return Err(anyhow!(e).context(format!("cannot create {}", path.display())))
                    }
                }
            }
        }
    };
    file.write_all(text.as_bytes())
        .and_then(|_| file.sync_all())
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(fs::canonicalize(&path).unwrap_or(path))
}

fn create_new(path: &Path) -> anyhow::Result<File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| {
            let why = if e.kind() == std::io::ErrorKind::AlreadyExists {
                " (it exists; a backup never overwrites a file)"
            } else {
                ""
            };
            anyhow!(e).context(format!("cannot create {}{why}", path.display()))
        })
}

/// `s` as one POSIX shell word: as is when plainly safe, else in single
/// quotes, so a printed undo command can be pasted as it is.
pub fn shell_word(s: &str) -> String {
    if !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./:=@%+,".contains(&b))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// The one command that puts `group`'s offsets back from `backup`.
pub fn undo_command(group: &str, backup: &Path) -> String {
    format!(
        "mskctl group reset-offsets {} --from-file {} --execute",
        shell_word(group),
        shell_word(&backup.display().to_string())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tp(t: &str, p: i32) -> TopicPartition {
        (t.to_string(), p)
    }

    #[test]
    fn kafka_export_and_backup_forms_round_trip() {
        let rows = vec![(tp("orders", 0), 40), (tp("orders", 1), 7)];
        let csv = to_csv(&rows);
        assert_eq!(csv, "orders,0,40\norders,1,7\n");
        let parsed = parse(&csv, "f", "any").unwrap();
        assert_eq!(parsed.offsets.into_iter().collect::<Vec<_>>(), rows);

        let map: BTreeMap<_, _> = rows.iter().cloned().collect();
        let backup = to_group_csv("a,\"b\"", &map);
        assert_eq!(
            backup,
            "\"a,\"\"b\"\"\",orders,0,40\n\"a,\"\"b\"\"\",orders,1,7\n"
        );
        let parsed = parse(&backup, "f", "a,\"b\"").unwrap();
        assert_eq!(parsed.offsets, map);
        let other = parse(&backup, "f", "x").unwrap();
        assert_eq!((other.offsets.len(), other.other_groups), (0, 2));
    }

    #[test]
    fn bad_lines_are_named_by_file_and_line() {
        let err = |text: &str| parse(text, "plan.csv", "g").unwrap_err().to_string();
        assert!(err("t,0,1\nt,x,1\n").starts_with("plan.csv:2: 'x' is not a partition"));
        assert!(err("t,0,-1\n").starts_with("plan.csv:1: '-1' is not an offset"));
        assert!(err("t,0,1\nt,0,2\n")
            .contains("plan.csv:2: topic 't' partition 0 is already set on line 1"));
        assert!(err("t,0\n").starts_with("plan.csv:1: expected topic,partition,offset"));
        assert!(err("t,0,1\ng,t,1,1\n").starts_with("plan.csv:2: 4 fields where"));
        assert!(err(",0,1\n").starts_with("plan.csv:1: empty topic"));
        // Blank lines are not rows.
        assert_eq!(parse("\nt,0,1\n\n", "f", "g").unwrap().offsets.len(), 1);
    }

    #[test]
    fn group_ids_become_safe_distinct_file_names() {
        assert_eq!(safe_file_part("billing-v2.prod"), "billing-v2.prod");
        assert_eq!(safe_file_part("../etc/x"), "%2E.%2Fetc%2Fx");
        assert_eq!(safe_file_part("a b"), "a%20b");
        assert_eq!(safe_file_part(""), "%EMPTY");
        assert!(safe_file_part(&"x".repeat(1000)).len() <= 152);
        assert!(!safe_file_part("é/..").contains('/'));
    }

    #[test]
    fn backups_go_under_the_state_directory() {
        let home = Some(PathBuf::from("/home/u"));
        assert_eq!(
            backup_dir_from(Some("/state".into()), home.clone()).unwrap(),
            PathBuf::from("/state/mskctl/offsets")
        );
        assert_eq!(
            backup_dir_from(Some("relative".into()), home.clone()).unwrap(),
            PathBuf::from("/home/u/.local/state/mskctl/offsets")
        );
        assert!(backup_dir_from(None, None).is_err());
    }

    #[test]
    fn backups_never_overwrite_and_undo_commands_are_shell_safe() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.csv");
        let map: BTreeMap<_, _> = [(tp("t", 0), 5)].into_iter().collect();
        let written = write_backup("g", &map, Some(&path)).unwrap();
        assert_eq!(fs::read_to_string(&written).unwrap(), "g,t,0,5\n");
        assert!(write_backup("g", &map, Some(&path)).is_err());
        assert_eq!(
            undo_command("it's", Path::new("/tmp/a b.csv")),
            "mskctl group reset-offsets 'it'\\''s' --from-file '/tmp/a b.csv' --execute"
        );
    }
}
