//! Copying to the clipboard through the terminal: OSC 52
//! (`ESC ] 52 ; c ; <base64> BEL`), which the terminal itself carries out,
//! so a copy made over SSH lands on the machine in front of the user.
//! The text is base64, so nothing in it reaches the terminal as a control
//! sequence. Inside tmux the sequence is tmux's to pass on: it does so with
//! `set -g set-clipboard on`.

use std::io::{self, Write};

use base64::Engine;

/// The escape sequence that puts `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    format!("\x1b]52;c;{encoded}\x07")
}

/// Writes the sequence for `text` to the terminal.
pub fn copy(out: &mut impl Write, text: &str) -> io::Result<()> {
    out.write_all(osc52(text).as_bytes())?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_travels_as_base64_between_the_osc_52_markers() {
        assert_eq!(osc52("a\tb\n"), "\x1b]52;c;YQliCg==\x07");
        // An escape in the data is base64 too: the sequence holds no other.
        let seq = osc52("\x1b]0;title\x07");
        assert_eq!(seq.matches('\x1b').count(), 1);
        assert_eq!(seq.matches('\x07').count(), 1);
        let mut out = Vec::new();
        copy(&mut out, "é").unwrap();
        assert_eq!(out, b"\x1b]52;c;w6k=\x07");
    }
}
