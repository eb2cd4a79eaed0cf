//! Human units for the numbers Kafka keeps raw: durations in milliseconds and
//! sizes in bytes, both with -1 meaning "no limit". Parsing is strict (a typo
//! is an error, never a silent zero) and formatting picks the largest unit
//! that represents the value exactly, so a round trip is lossless.

use std::time::Duration;

const MS_UNITS: &[(&str, i64)] = &[
    ("w", 7 * 24 * 3_600_000),
    ("d", 24 * 3_600_000),
    ("h", 3_600_000),
    ("m", 60_000),
    ("s", 1_000),
    ("ms", 1),
];

const SIZE_UNITS: &[(&str, i64)] = &[
    ("TiB", 1 << 40),
    ("GiB", 1 << 30),
    ("MiB", 1 << 20),
    ("KiB", 1 << 10),
    ("TB", 1_000_000_000_000),
    ("GB", 1_000_000_000),
    ("MB", 1_000_000),
    ("KB", 1_000),
    ("B", 1),
];

fn is_unlimited(s: &str) -> bool {
    matches!(
        s.to_ascii_lowercase().as_str(),
        "-1" | "infinite" | "unlimited" | "forever"
    )
}

/// Parses `1500`, `250ms`, `30s`, `5m`, `12h`, `7d`, `2w` and sums such as
/// `1d12h`. A bare number is milliseconds, as in Kafka's configs. Units are
/// case-insensitive (`7D`, `36H`), except a lone `M`, which reads as months
/// as often as minutes. Each unit may appear once: `1d1d` is more likely a
/// templating slip than a wish for two days.
pub fn parse_duration_ms(input: &str) -> Result<i64, String> {
    let s = input.trim();
    if s.is_empty() {
        return Err("empty duration".into());
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s
            .parse::<i64>()
            .map_err(|_| format!("invalid duration '{input}': too large"));
    }
    if let Ok(n) = s.parse::<i64>() {
        return if n < 0 {
            Err(format!("negative duration '{input}'"))
        } else {
            Ok(n)
        };
    }
    let mut total: i64 = 0;
    let mut rest = s;
    let mut seen: Vec<&str> = Vec::new();
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 {
            return Err(if rest.starts_with('-') {
                format!("negative duration '{input}'")
            } else {
                format!(
                    "invalid duration '{input}': expected a number followed by ms, s, m, h, d or w (e.g. 7d, 36h, 1d12h)"
                )
            });
        }
        let (num, after) = rest.split_at(digits);
        if after.starts_with(['.', ',']) {
            return Err(format!(
                "invalid duration '{input}': decimals are not supported; use a smaller unit (90m rather than 1.5h)"
            ));
        }
        let letters = after
            .bytes()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let (unit, after) = after.split_at(letters);
        let (name, factor) = duration_unit(input, num, unit)?;
        if seen.contains(&name) {
            return Err(format!(
                "invalid duration '{input}': the unit '{name}' appears twice"
            ));
        }
        seen.push(name);
        let n: i64 = num
            .parse()
            .map_err(|_| format!("invalid duration '{input}': too large"))?;
        total = n
            .checked_mul(factor)
            .and_then(|v| total.checked_add(v))
            .ok_or_else(|| format!("invalid duration '{input}': too large"))?;
        rest = after;
    }
    Ok(total)
}

/// The canonical name and factor of a duration unit as written.
fn duration_unit(input: &str, num: &str, unit: &str) -> Result<(&'static str, i64), String> {
    if unit.is_empty() {
        return Err(format!(
            "invalid duration '{input}': '{num}' needs a unit (ms, s, m, h, d, w)"
        ));
    }
    if unit == "M" {
        return Err(format!(
            "invalid duration '{input}': 'M' is ambiguous; write m for minutes (months are not a unit: use 30d)"
        ));
    }
    let lower = unit.to_ascii_lowercase();
    MS_UNITS
        .iter()
        .find(|(u, _)| *u == lower)
        .map(|(u, f)| (*u, *f))
        .ok_or_else(|| {
            format!("invalid duration '{input}': unknown unit '{unit}' (use ms, s, m, h, d or w)")
        })
}

/// `--timeout` and similar waits.
pub fn parse_duration(input: &str) -> Result<Duration, String> {
    let ms = parse_duration_ms(input)?;
    if ms == 0 {
        return Err(format!(
            "invalid duration '{input}': must be greater than zero"
        ));
    }
    Ok(Duration::from_millis(ms as u64))
}

/// `retention.ms`: a duration or `infinite` (-1).
pub fn parse_retention_time(input: &str) -> Result<i64, String> {
    if is_unlimited(input.trim()) {
        return Ok(-1);
    }
    parse_duration_ms(input)
}

/// Parses `1048576`, `512MB`, `50GiB`, `1.5GiB`. Units are case-sensitive as
/// written by the IEC/SI standards, with case-insensitive fallbacks for the
/// unambiguous spellings (`gib`, `gb`).
pub fn parse_size(input: &str) -> Result<i64, String> {
    let s = input.trim();
    if let Ok(n) = s.parse::<i64>() {
        return if n < 0 {
            Err(format!("negative size '{input}'"))
        } else {
            Ok(n)
        };
    }
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let unit = unit.trim();
    if unit.is_empty() && !num.is_empty() {
        return Err(if num.bytes().all(|b| b.is_ascii_digit()) {
            format!("invalid size '{input}': too large")
        } else {
            format!("invalid size '{input}': a fraction needs a unit (e.g. 1.5GiB)")
        });
    }
    if num.is_empty() && s.starts_with('-') {
        return Err(format!("negative size '{input}'"));
    }
    if num.is_empty() {
        return Err(format!(
            "invalid size '{input}': expected a number followed by B, KB, MB, GB, TB, KiB, MiB, GiB or TiB"
        ));
    }
    let factor = SIZE_UNITS
        .iter()
        .find(|(u, _)| *u == unit)
        .or_else(|| SIZE_UNITS.iter().find(|(u, _)| u.eq_ignore_ascii_case(unit)))
        .map(|(_, f)| *f)
        .ok_or_else(|| {
            format!("invalid size '{input}': unknown unit '{unit}' (use B, KB, MB, GB, TB, KiB, MiB, GiB or TiB)")
        })?;
    if let Ok(n) = num.parse::<i64>() {
        return n
            .checked_mul(factor)
            .ok_or_else(|| format!("invalid size '{input}': too large"));
    }
    let f: f64 = num
        .parse()
        .map_err(|_| format!("invalid size '{input}': '{num}' is not a number"))?;
    let bytes = f * factor as f64;
    if !bytes.is_finite() || bytes >= i64::MAX as f64 {
        return Err(format!("invalid size '{input}': too large"));
    }
    if bytes.fract() != 0.0 {
        return Err(format!(
            "invalid size '{input}': is not a whole number of bytes"
        ));
    }
    Ok(bytes as i64)
}

/// A size above zero, as bytes (`--max-bytes`, `--capacity`).
pub fn parse_positive_size(input: &str) -> Result<u64, String> {
    match parse_size(input)? {
        0 => Err(format!("invalid size '{input}': must be greater than zero")),
        n => u64::try_from(n).map_err(|_| format!("negative size '{input}'")),
    }
}

/// A percentage above 0 and at most 100 (`85%` or `85`), as a fraction.
pub fn parse_percent(input: &str) -> Result<f64, String> {
    let s = input.trim();
    let num = s.strip_suffix('%').unwrap_or(s).trim();
    let v: f64 = num
        .parse()
        .map_err(|_| format!("invalid percentage '{input}': expected e.g. 85%"))?;
    if !(v > 0.0 && v <= 100.0) {
        return Err(format!(
            "invalid percentage '{input}': must be above 0% and at most 100%"
        ));
    }
    Ok(v / 100.0)
}

/// `retention.bytes`: a size or `infinite` (-1).
pub fn parse_retention_bytes(input: &str) -> Result<i64, String> {
    if is_unlimited(input.trim()) {
        return Ok(-1);
    }
    parse_size(input)
}

/// A throughput in bytes per second: `50MB/s`, `100MiB`, `1048576`.
pub fn parse_rate(input: &str) -> Result<i64, String> {
    let s = input.trim();
    let s = s
        .strip_suffix("/s")
        .or_else(|| s.strip_suffix("/sec"))
        .unwrap_or(s);
    let v = parse_size(s).map_err(|e| e.replace("size", "rate"))?;
    if v == 0 {
        return Err(format!("invalid rate '{input}': must be greater than zero"));
    }
    Ok(v)
}

/// `K=V` for topic configs. The key must be non-empty; the value may be empty
/// (Kafka accepts empty strings for list configs).
pub fn parse_key_value(input: &str) -> Result<(String, String), String> {
    match input.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() => Ok((k.trim().to_string(), v.to_string())),
        _ => Err(format!("expected KEY=VALUE, got '{input}'")),
    }
}

/// An RFC 3339 timestamp (any offset) as milliseconds since the epoch.
pub fn parse_rfc3339_ms(input: &str) -> Result<i64, String> {
    let ts: jiff::Timestamp = input.trim().parse().map_err(|e| {
        format!("invalid time '{input}': expected RFC 3339 such as 2026-01-31T12:00:00Z ({e})")
    })?;
    let ms = ts.as_millisecond();
    // Kafka reads negative timestamps as its LATEST (-1) and EARLIEST (-2)
    // markers: a time before 1970 would silently mean something else.
    if ms < 0 {
        return Err(format!(
            "invalid time '{input}': before 1970-01-01T00:00:00Z, which Kafka cannot look up"
        ));
    }
    Ok(ms)
}

/// Milliseconds in the largest unit that divides them exactly: 604800000 ->
/// "7d", 5400000 -> "90m", -1 -> "infinite".
pub fn format_ms(ms: i64) -> String {
    if ms < 0 {
        return "infinite".into();
    }
    if ms == 0 {
        return "0ms".into();
    }
    for (unit, factor) in MS_UNITS {
        if ms % factor == 0 {
            return format!("{}{}", ms / factor, unit);
        }
    }
    format!("{ms}ms")
}

/// Bytes in the largest binary unit that divides them exactly, else with one
/// decimal: 53687091200 -> "50GiB", -1 -> "infinite".
pub fn format_bytes(bytes: i64) -> String {
    if bytes < 0 {
        return "infinite".into();
    }
    if bytes == 0 {
        return "0B".into();
    }
    let binary = &SIZE_UNITS[..4];
    for (unit, factor) in binary {
        if bytes % factor == 0 {
            return format!("{}{}", bytes / factor, unit);
        }
    }
    for (unit, factor) in binary {
        if bytes >= *factor {
            return format!("{:.1}{}", bytes as f64 / *factor as f64, unit);
        }
    }
    format!("{bytes}B")
}

/// Milliseconds since the epoch as an RFC 3339 UTC timestamp.
pub fn format_timestamp_ms(ms: i64) -> String {
    match jiff::Timestamp::from_millisecond(ms) {
        Ok(ts) => ts.to_string(),
        Err(_) => ms.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_and_positive_sizes() {
        assert_eq!(parse_percent("85%"), Ok(0.85));
        assert_eq!(parse_percent(" 100 "), Ok(1.0));
        for bad in ["0%", "-5%", "101%", "NaN", "eighty", ""] {
            assert!(parse_percent(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_positive_size("2GiB"), Ok(2 << 30));
        assert!(parse_positive_size("0").is_err());
        assert!(parse_positive_size("-1").is_err());
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration_ms("7d"), Ok(604_800_000));
        assert_eq!(parse_duration_ms("1d12h"), Ok(129_600_000));
        assert_eq!(parse_duration_ms("250ms"), Ok(250));
        assert_eq!(parse_duration_ms("1500"), Ok(1500));
        assert_eq!(parse_duration_ms("2w"), Ok(1_209_600_000));
        assert!(parse_duration_ms("7 days").is_err());
        assert!(parse_duration_ms("d").is_err());
        assert!(parse_duration_ms("").is_err());
        assert!(parse_duration_ms("-5").is_err());
        assert!(parse_duration_ms("99999999999999999999d").is_err());
        assert_eq!(parse_duration_ms("7D"), Ok(604_800_000));
        assert_eq!(parse_duration_ms("36H"), Ok(129_600_000));
        assert_eq!(parse_duration_ms("250MS"), Ok(250));
        let err = |s: &str| parse_duration_ms(s).unwrap_err();
        assert!(
            err("1.5h").contains("decimals are not supported"),
            "{}",
            err("1.5h")
        );
        assert!(err("1d1d").contains("'d' appears twice"), "{}", err("1d1d"));
        assert_eq!(parse_duration_ms("1d12H"), Ok(129_600_000));
        assert!(
            err("99999999999999999999").contains("too large"),
            "{}",
            err("99999999999999999999")
        );
        assert!(err("5M").contains("ambiguous"), "{}", err("5M"));
        assert!(err("-5m").contains("negative"), "{}", err("-5m"));
        assert_eq!(parse_retention_time("infinite"), Ok(-1));
        assert!(parse_duration("0s").is_err());
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("50GiB"), Ok(50 * (1 << 30)));
        assert_eq!(parse_size("512MB"), Ok(512_000_000));
        assert_eq!(parse_size("1.5KiB"), Ok(1536));
        assert_eq!(parse_size("10gib"), Ok(10 * (1 << 30)));
        assert_eq!(parse_size("100"), Ok(100));
        assert!(parse_size("0.3B").is_err());
        assert!(parse_size("5XB").is_err());
        assert!(parse_size("GiB").is_err());
        assert_eq!(parse_retention_bytes("unlimited"), Ok(-1));
        let err = |s: &str| parse_size(s).unwrap_err();
        assert!(
            err("99999999999999999999").contains("too large"),
            "{}",
            err("99999999999999999999")
        );
        assert!(err("1.5").contains("needs a unit"), "{}", err("1.5"));
        assert!(err("-5GiB").contains("negative"), "{}", err("-5GiB"));
        assert!(
            err("99999999TiB").contains("too large"),
            "{}",
            err("99999999TiB")
        );
    }

    #[test]
    fn formatting_round_trips() {
        for ms in [1, 999, 1000, 60_000, 5_400_000, 604_800_000, 259_200_000] {
            assert_eq!(parse_duration_ms(&format_ms(ms)), Ok(ms));
        }
        assert_eq!(format_ms(604_800_000), "1w");
        assert_eq!(format_ms(259_200_000), "3d");
        assert_eq!(format_ms(-1), "infinite");
        assert_eq!(format_bytes(53_687_091_200), "50GiB");
        assert_eq!(format_bytes(-1), "infinite");
        assert_eq!(format_bytes(1_500_000), "1.4MiB");
        for b in [1, 1024, 1 << 30, 50 * (1i64 << 30)] {
            assert_eq!(parse_size(&format_bytes(b)), Ok(b));
        }
    }

    #[test]
    fn rates() {
        assert_eq!(parse_rate("50MB/s"), Ok(50_000_000));
        assert_eq!(parse_rate("1MiB"), Ok(1 << 20));
        assert!(parse_rate("0").is_err());
        assert!(parse_rate("fast").is_err());
    }

    #[test]
    fn key_values_and_times() {
        assert_eq!(
            parse_key_value("retention.ms=1000"),
            Ok(("retention.ms".into(), "1000".into()))
        );
        assert_eq!(parse_key_value("a=b=c"), Ok(("a".into(), "b=c".into())));
        assert!(parse_key_value("novalue").is_err());
        assert!(parse_key_value("=x").is_err());
        assert_eq!(parse_rfc3339_ms("1970-01-01T00:00:01Z"), Ok(1000));
        assert_eq!(parse_rfc3339_ms("1970-01-01T01:00:01+01:00"), Ok(1000));
        assert!(parse_rfc3339_ms("yesterday").is_err());
        assert_eq!(parse_rfc3339_ms("1970-01-01T00:00:00Z"), Ok(0));
        let e = parse_rfc3339_ms("1969-12-31T23:59:59.999Z").unwrap_err();
        assert!(e.contains("before 1970"), "{e}");
    }
}
