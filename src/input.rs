//! Bounded reads of files and standard input. Every manifest, saved plan,
//! snapshot, reassignment file and produced line is read through here, so
//! `-f /dev/zero` or a runaway pipe ends in a clear error instead of
//! exhausting memory.

use std::io::{self, BufRead, Read};
use std::path::Path;

/// The most mskctl reads from one file, one standard input or one line:
/// far above any real manifest set, plan or snapshot (a 100k-topic plan is
/// about 20 MiB), far below what would hurt the machine.
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

fn too_large(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!(
            "{what} is larger than {} MiB, the most mskctl reads from one input",
            MAX_INPUT_BYTES >> 20
        ),
    )
}

/// Reads all of `reader`, refusing more than [`MAX_INPUT_BYTES`].
pub fn read_bounded(reader: impl Read, what: &str) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    reader.take(MAX_INPUT_BYTES + 1).read_to_end(&mut buf)?;
    if buf.len() as u64 > MAX_INPUT_BYTES {
        return Err(too_large(what));
    }
    Ok(buf)
}

/// A file's bytes, at most [`MAX_INPUT_BYTES`].
pub fn read_file(path: &Path) -> io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    read_bounded(file, "the file")
}

/// A small file's bytes, at most `limit` (secrets: a password file is a
/// line, so a bound far below [`MAX_INPUT_BYTES`] catches a wrong path).
pub fn read_file_at_most(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    std::fs::File::open(path)?
        .take(limit + 1)
        .read_to_end(&mut buf)?;
    if buf.len() as u64 > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("the file is larger than {limit} bytes"),
        ));
    }
    Ok(buf)
}

/// A file's text, at most [`MAX_INPUT_BYTES`]; not UTF-8 is an error.
pub fn read_file_to_string(path: &Path) -> io::Result<String> {
    String::from_utf8(read_file(path)?)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "the file is not UTF-8 text"))
}

/// All of standard input, at most [`MAX_INPUT_BYTES`].
pub fn read_stdin() -> io::Result<Vec<u8>> {
    read_bounded(io::stdin().lock(), "standard input")
}

/// Lines (without their `\n`) of a reader, each at most
/// [`MAX_INPUT_BYTES`]; a longer one ends the iteration with an error that
/// names its line number.
pub struct BoundedLines<R> {
    reader: R,
    line: usize,
    done: bool,
}

impl<R: BufRead> BoundedLines<R> {
    pub fn new(reader: R) -> Self {
        BoundedLines {
            reader,
            line: 0,
            done: false,
        }
    }
}

impl<R: BufRead> Iterator for BoundedLines<R> {
    type Item = io::Result<Vec<u8>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        self.line += 1;
        let mut buf = Vec::new();
        let read = (&mut self.reader)
            .take(MAX_INPUT_BYTES + 1)
            .read_until(b'\n', &mut buf);
        match read {
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
            Ok(0) => {
                self.done = true;
                None
            }
            Ok(_) => {
                if buf.last() == Some(&b'\n') {
                    buf.pop();
                } else if buf.len() as u64 > MAX_INPUT_BYTES {
                    self.done = true;
                    return Some(Err(too_large(&format!("line {}", self.line))));
                }
                Some(Ok(buf))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endless_input_stops_at_the_cap() {
        let endless = io::repeat(b'a');
        let err = read_bounded(endless, "standard input").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        assert!(err.to_string().contains("larger than 64 MiB"), "{err}");
        let exact = io::repeat(b'a').take(MAX_INPUT_BYTES);
        assert_eq!(
            read_bounded(exact, "x").unwrap().len() as u64,
            MAX_INPUT_BYTES
        );
    }

    #[test]
    fn lines_are_split_and_an_endless_line_is_refused_by_number() {
        let lines: Vec<_> = BoundedLines::new(&b"a\nbc\n\nd"[..])
            .map(|l| l.unwrap())
            .collect();
        assert_eq!(
            lines,
            vec![b"a".to_vec(), b"bc".to_vec(), b"".to_vec(), b"d".to_vec()]
        );

        let input = io::BufReader::new((&b"ok\n"[..]).chain(io::repeat(b'x')));
        let mut it = BoundedLines::new(input);
        assert_eq!(it.next().unwrap().unwrap(), b"ok");
        let err = it.next().unwrap().unwrap_err();
        assert!(
            err.to_string().contains("line 2 is larger than 64 MiB"),
            "{err}"
        );
        assert!(it.next().is_none());
    }
}
