use super::*;

#[test]
fn fast_decimals_equal_the_general_parser() {
    for text in [
        "0",
        "3",
        "2.5",
        "0.1",
        "1.25",
        "99.99",
        "123456789012345",
        "0.000000000000001",
        "17.61548499171412",
        "14.9661427679500",
        "20.0",
        "007",
        "1.",
    ] {
        let expected: f64 = text.parse().unwrap();
        assert_eq!(
            parse_number(text.as_bytes(), false).unwrap().to_bits(),
            expected.to_bits(),
            "{text}"
        );
    }
    // Longer than 15 digits, signs and exponents take the general path.
    for text in ["14.966142767950052", "-1", "+2", "1e3", ".5", "1_0"] {
        let general = text.parse::<f64>().ok().filter(|v| v.is_finite());
        assert_eq!(parse_number(text.as_bytes(), false).ok(), general, "{text}");
    }
    assert_eq!(parse_number(b"2,5", true).unwrap(), 2.5);
}

proptest::proptest! {
    /// Any decimal the fast path takes comes out bit for bit as std's parse.
    #[test]
    fn fast_decimal_is_exact(int in 0u64..10_000_000, frac in 0u64..100_000_000, places in 0usize..9) {
        let text = if places == 0 { int.to_string() } else { format!("{int}.{:0places$}", frac % 10u64.pow(places as u32)) };
        let expected: f64 = text.parse().unwrap();
        proptest::prop_assert_eq!(parse_number(text.as_bytes(), false).unwrap().to_bits(), expected.to_bits(), "{}", text);
    }
}
