//! The bytes in front of a registry-encoded record that say which schema
//! wrote it.
//!
//! - Confluent: magic byte 0, then the schema id as a 4-byte big-endian
//!   integer; Protobuf payloads then carry the path of the message type
//!   inside the schema file as zig-zag varints (a count, then the indexes;
//!   a lone 0 stands for `[0]`, the first message).
//! - AWS Glue: header version byte 3, a compression byte (0 none, 5 zlib),
//!   then the 16-byte schema version UUID.

use std::io::Read as _;

/// Confluent's magic byte.
pub const CONFLUENT_MAGIC: u8 = 0;
/// Glue's header version byte.
pub const GLUE_HEADER_VERSION: u8 = 3;
pub const GLUE_COMPRESSION_NONE: u8 = 0;
pub const GLUE_COMPRESSION_ZLIB: u8 = 5;

/// A decompressed Glue payload is capped like every other input.
const MAX_INFLATED: u64 = crate::input::MAX_INPUT_BYTES;

/// What the header of a record's bytes says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Frame<'a> {
    Confluent {
        id: u32,
        payload: &'a [u8],
    },
    Glue {
        version_id: String,
        compression: u8,
        payload: &'a [u8],
    },
}

/// Recognises a framed record; `None` for bytes in neither framing
/// (plain text, JSON, anything else), which are shown as they are.
pub fn parse(bytes: &[u8]) -> Option<Frame<'_>> {
    match bytes {
        [CONFLUENT_MAGIC, a, b, c, d, payload @ ..] => Some(Frame::Confluent {
            id: u32::from_be_bytes([*a, *b, *c, *d]),
            payload,
        }),
        [GLUE_HEADER_VERSION, compression @ (GLUE_COMPRESSION_NONE | GLUE_COMPRESSION_ZLIB), rest @ ..]
            if rest.len() >= 16 =>
        {
            let (uuid, payload) = rest.split_at(16);
            Some(Frame::Glue {
                version_id: format_uuid(uuid),
                compression: *compression,
                payload,
            })
        }
        _ => None,
    }
}

fn format_uuid(b: &[u8]) -> String {
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// The 16 bytes of a UUID written `8-4-4-4-12`.
pub fn parse_uuid(s: &str) -> Option<[u8; 16]> {
    let hex: String = s.chars().filter(|c| *c != '-').collect();
    if hex.len() != 32 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let mut out = [0u8; 16];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// A Glue payload as the schema's codec reads it: inflated when zlib.
pub fn glue_payload(compression: u8, payload: &[u8]) -> Result<Vec<u8>, String> {
    match compression {
        GLUE_COMPRESSION_ZLIB => {
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(payload)
                .take(MAX_INFLATED + 1)
                .read_to_end(&mut out)
                .map_err(|e| format!("cannot inflate the zlib payload: {e}"))?;
            if out.len() as u64 > MAX_INFLATED {
                return Err(format!("the inflated payload exceeds {MAX_INFLATED} bytes"));
            }
            Ok(out)
        }
        _ => Ok(payload.to_vec()),
    }
}

/// Confluent framing around an encoded payload.
pub fn confluent_frame(id: u32, message_indexes: Option<&[i64]>, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 8);
    out.push(CONFLUENT_MAGIC);
    out.extend_from_slice(&id.to_be_bytes());
    if let Some(indexes) = message_indexes {
        if indexes == [0] {
            out.push(0);
        } else {
            put_zigzag(&mut out, indexes.len() as i64);
            for i in indexes {
                put_zigzag(&mut out, *i);
            }
        }
    }
    out.extend_from_slice(payload);
    out
}

/// Glue framing (uncompressed) around an encoded payload.
pub fn glue_frame(version_id: &[u8; 16], payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 18);
    out.push(GLUE_HEADER_VERSION);
    out.push(GLUE_COMPRESSION_NONE);
    out.extend_from_slice(version_id);
    out.extend_from_slice(payload);
    out
}

/// Reads Confluent's Protobuf message indexes off the front of a payload.
pub fn message_indexes(payload: &[u8]) -> Result<(Vec<i64>, &[u8]), String> {
    let mut rest = payload;
    let count = take_zigzag(&mut rest)?;
    if count == 0 {
        return Ok((vec![0], rest));
    }
    // Nesting deeper than this is no schema anyone writes; it is garbage.
    if !(1..=64).contains(&count) {
        return Err(format!("implausible message index count {count}"));
    }
    let mut indexes = Vec::with_capacity(count as usize);
    for _ in 0..count {
        indexes.push(take_zigzag(&mut rest)?);
    }
    Ok((indexes, rest))
}

/// Reads Glue's Protobuf message index: one unsigned varint (the position
/// of the type among all of the file's message types sorted by full name).
pub fn glue_message_index(payload: &[u8]) -> Result<(u32, &[u8]), String> {
    let mut v: u64 = 0;
    for (i, &b) in payload.iter().enumerate().take(5) {
        v |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            let index = u32::try_from(v).map_err(|_| "message index out of range".to_owned())?;
            return Ok((index, &payload[i + 1..]));
        }
    }
    Err("truncated or oversized message index".into())
}

fn put_zigzag(out: &mut Vec<u8>, v: i64) {
    let mut z = ((v << 1) ^ (v >> 63)) as u64;
    loop {
        if z < 0x80 {
            out.push(z as u8);
            return;
        }
        out.push((z as u8 & 0x7f) | 0x80);
        z >>= 7;
    }
}

fn take_zigzag(input: &mut &[u8]) -> Result<i64, String> {
    let mut z: u64 = 0;
    for shift in (0..64).step_by(7) {
        let Some((&b, rest)) = input.split_first() else {
            return Err("truncated message indexes".into());
        };
        *input = rest;
        z |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok(((z >> 1) as i64) ^ -((z & 1) as i64));
        }
    }
    Err("message index varint too long".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confluent_header_is_magic_and_big_endian_id() {
        let bytes = [0, 0, 0, 1, 2, 0xaa];
        assert_eq!(
            parse(&bytes),
            Some(Frame::Confluent {
                id: 258,
                payload: &[0xaa]
            })
        );
        assert_eq!(confluent_frame(258, None, &[0xaa]), bytes);
    }

    #[test]
    fn glue_header_has_version_compression_and_uuid() {
        let uuid = parse_uuid("b7b4a7f0-9c96-4e4a-a687-fb5de9ef0c63").unwrap();
        let framed = glue_frame(&uuid, b"xy");
        match parse(&framed) {
            Some(Frame::Glue {
                version_id,
                compression,
                payload,
            }) => {
                assert_eq!(version_id, "b7b4a7f0-9c96-4e4a-a687-fb5de9ef0c63");
                assert_eq!(compression, 0);
                assert_eq!(payload, b"xy");
            }
            other => panic!("{other:?}"),
        }
        // An unknown compression byte is not Glue framing.
        let mut odd = framed.clone();
        odd[1] = 9;
        assert_eq!(parse(&odd), None);
    }

    #[test]
    fn zlib_payloads_are_inflated() {
        use std::io::Write as _;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(b"hello hello hello").unwrap();
        let packed = z.finish().unwrap();
        assert_eq!(glue_payload(5, &packed).unwrap(), b"hello hello hello");
        assert!(glue_payload(5, b"not zlib").is_err());
    }

    #[test]
    fn glue_message_index_is_a_plain_varint() {
        assert_eq!(glue_message_index(&[1, 9]).unwrap(), (1, &[9u8][..]));
        assert_eq!(glue_message_index(&[0x96, 0x01]).unwrap(), (150, &[][..]));
        assert!(glue_message_index(&[0x80]).is_err());
    }

    #[test]
    fn plain_text_is_not_framed() {
        assert_eq!(parse(b"{\"a\":1}"), None);
        assert_eq!(parse(&[0, 1, 2]), None);
        assert_eq!(parse(b""), None);
    }

    #[test]
    fn message_indexes_round_trip_and_zero_is_first_message() {
        let framed = confluent_frame(7, Some(&[1, 2]), b"p");
        let Some(Frame::Confluent { payload, .. }) = parse(&framed) else {
            panic!()
        };
        let (idx, rest) = message_indexes(payload).unwrap();
        assert_eq!(idx, vec![1, 2]);
        assert_eq!(rest, b"p");
        assert_eq!(message_indexes(&[0, 9]).unwrap(), (vec![0], &[9u8][..]));
        assert!(message_indexes(&[0x80]).is_err());
        assert!(message_indexes(&[0x7e]).is_err());
    }
}
