//! Files that are not UTF-8. Excel's plain "CSV (Comma delimited)" and its
//! semicolon variant save in the Windows "ANSI" code page, Windows-1252 in
//! Western Europe and the Americas, so such a file is decoded rather than
//! refused, when the whole of it is plausibly that.
//!
//! Every reader reads a file as UTF-8 first, streaming: the published and
//! the exported files are UTF-8, and are read once. Only when that fails on
//! text that is not UTF-8 is the file read again, whole, by [`reread`]:
//! the one Windows-1252 fallback. [`retry_as_cp1252`] drives it for a
//! reader of one file; the Data360 reader, whose files share one row
//! builder, calls it for each of its files in a second pass.

use std::borrow::Cow;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};

use super::error::LoadError;

/// A cell that is not UTF-8, where nothing else is known about the file
/// (it was read from a stream that cannot be read twice).
pub(crate) const NOT_UTF8: &str =
    "is not valid UTF-8 text; if Excel saved it, use Save As > CSV UTF-8";

/// A cell that is not UTF-8, in a file that cannot be Windows-1252 either.
pub(crate) const NEITHER: &str =
    "is neither UTF-8 nor Windows-1252 text; save the file as CSV UTF-8";

/// A cell that is not UTF-8, in a file whose other text mostly is: decoding
/// it all as Windows-1252 would garble that text.
pub(crate) const MIXED: &str = "is not valid UTF-8 text, though the rest of the file is UTF-8 (mixed encodings?); save the file as CSV UTF-8";

pub(crate) const DECODED: &str =
    "decoded as Windows-1252 (the file is not UTF-8); save it as CSV UTF-8 to silence this";

/// Bytes that Windows-1252 leaves undefined: text saved in it never has them.
const UNDEFINED: [u8; 5] = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

/// Whether a load failed, among other things, on text that is not UTF-8.
pub(crate) fn failed_on_encoding(e: &LoadError) -> bool {
    e.diagnostics.iter().any(|d| d.message == NOT_UTF8)
}

/// Why `bytes`, which are not valid UTF-8, cannot be taken for
/// Windows-1252; `None` when they plausibly are.
pub(crate) fn not_cp1252(bytes: &[u8]) -> Option<&'static str> {
    // A UTF-8 byte-order mark is the file's own claim to be UTF-8.
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        return Some(MIXED);
    }
    // Windows-1252 text forms a valid UTF-8 sequence only by accident ("ß"
    // then "“"); UTF-8 text with a few stray bytes pasted in is full of them.
    let (mut utf8_chars, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        utf8_chars += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    if invalid == 0 {
        // Changed since it was read: nothing to add to what that read found.
        return Some(NOT_UTF8);
    }
    if utf8_chars >= invalid {
        return Some(MIXED);
    }
    if bytes.iter().any(|b| *b == 0 || UNDEFINED.contains(b)) {
        return Some(NEITHER);
    }
    None
}

/// The text of Windows-1252 `bytes`. Every byte maps to one character and
/// line ends, quotes and delimiters map to themselves, so records, fields
/// and line numbers are those of the original file.
pub(crate) fn decode_cp1252(bytes: &[u8]) -> String {
    match encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(bytes)
        .0
    {
        Cow::Borrowed(ascii) => ascii.to_string(),
        Cow::Owned(text) => text,
    }
}

/// What a file that failed as UTF-8 holds, read again whole.
pub(crate) enum Reread {
    /// UTF-8 after all: another file, or changed since the failed read.
    Utf8(Vec<u8>),
    /// Plausibly Windows-1252 throughout: its text, decoded.
    Decoded(String),
    /// Neither: its bytes as they are, and why decoding them would be no
    /// help, to say instead of "not UTF-8".
    Undecoded(Vec<u8>, &'static str),
}

/// Reads the whole of a file that failed as UTF-8 and decides how it is
/// read again: the one Windows-1252 fallback of every reader.
pub(crate) fn reread(mut file: impl Read) -> std::io::Result<Reread> {
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    if std::str::from_utf8(&bytes).is_ok() {
        return Ok(Reread::Utf8(bytes));
    }
    Ok(match not_cp1252(&bytes) {
        None => Reread::Decoded(decode_cp1252(&bytes)),
        Some(why) => Reread::Undecoded(bytes, why),
    })
}

/// After a reader read `file` as UTF-8 and got `first`: when that failed on
/// text that is not UTF-8 and `file` is a regular file (only that can be
/// read a second time), the file is read again by [`reread`] and, when it
/// is plausibly Windows-1252, `again` reads its decoded text; when it is
/// not, the first error says why. Any other result is `first` itself.
///
/// The handle already open is read, not the path: an editor may have saved
/// a new file under that name since.
pub(crate) fn retry_as_cp1252<T>(
    mut file: &File,
    first: Result<T, LoadError>,
    again: impl FnOnce(String) -> Result<T, LoadError>,
) -> Result<T, LoadError> {
    let failed = match first {
        Err(e) if failed_on_encoding(&e) => e,
        other => return other,
    };
    if !file.metadata().is_ok_and(|m| m.is_file()) || file.seek(SeekFrom::Start(0)).is_err() {
        return Err(failed);
    }
    match reread(file) {
        Ok(Reread::Decoded(text)) => again(text),
        Ok(Reread::Undecoded(_, why)) => Err(explain(failed, why)),
        // Changed since it was read: nothing to add to what that read found.
        Ok(Reread::Utf8(_)) | Err(_) => Err(failed),
    }
}

/// The same error, with each "not UTF-8" saying why decoding was no help.
pub(crate) fn explain(mut e: LoadError, why: &'static str) -> LoadError {
    for d in &mut e.diagnostics {
        if d.message == NOT_UTF8 {
            d.message = why.to_string();
        }
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plausible_windows_1252() {
        assert_eq!(not_cp1252(b"C\xf4te d'Ivoire \x93x\x94 \x80"), None);
        // "ß“" is valid UTF-8 by accident; the rest of the file outweighs it.
        assert_eq!(not_cp1252(b"Fu\xdf\x93 und \x84Stra\xdfe\x93"), None);
    }

    #[test]
    fn undefined_bytes_and_nul_rule_it_out() {
        for b in UNDEFINED {
            assert_eq!(not_cp1252(&[b'a', 0xe9, b, b'b']), Some(NEITHER), "{b:#x}");
        }
        assert_eq!(not_cp1252(b"a\xe9\x00b"), Some(NEITHER));
    }

    #[test]
    fn mostly_utf8_text_is_mixed_not_windows_1252() {
        // Valid throughout (changed since the failed read): nothing to add.
        assert_eq!(not_cp1252("é è à".as_bytes()), Some(NOT_UTF8));
        let mut bytes = "Sécurité ".as_bytes().to_vec();
        bytes.push(0xe9);
        assert_eq!(not_cp1252(&bytes), Some(MIXED));
        assert_eq!(not_cp1252(b"\xEF\xBB\xBFa\xe9"), Some(MIXED));
    }

    #[test]
    fn decoding_keeps_every_line_end_quote_and_delimiter() {
        let bytes = b"a,\"b\r\nc\";d\te\r\x80\x93\x94\xe9";
        let text = decode_cp1252(bytes);
        assert_eq!(text, "a,\"b\r\nc\";d\te\r€“”é");
        let structural = |s: &[u8]| -> Vec<u8> {
            s.iter()
                .copied()
                .filter(|b| b"\r\n\",;\t".contains(b))
                .collect()
        };
        assert_eq!(structural(text.as_bytes()), structural(bytes));
    }
}
