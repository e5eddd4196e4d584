//! Every language says every message, and a message that cannot be made
//! is an error, never silent English.

use std::collections::BTreeSet;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;

use super::*;

/// The message ids of one file of a language; a syntax error fails.
fn ids(lang: Lang, file: usize) -> BTreeSet<String> {
    let res = match FluentResource::try_new(lang.resources()[file].to_string()) {
        Ok(r) => r,
        Err((_, errors)) => panic!(
            "locales/{}/{}.ftl has syntax errors: {errors:?}",
            lang.code(),
            FILES[file]
        ),
    };
    res.entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn every_language_has_exactly_the_english_ids_file_by_file() {
    let mut all = BTreeSet::new();
    for (file, name) in FILES.iter().enumerate() {
        let en = ids(Lang::En, file);
        assert!(!en.is_empty(), "locales/en/{name}.ftl has no message");
        let twice: Vec<_> = en.intersection(&all).collect();
        assert!(
            twice.is_empty(),
            "{name}.ftl repeats ids of another file: {twice:?}"
        );
        all.extend(en.iter().cloned());
        for (lang, code, _) in Lang::ALL {
            let other = ids(lang, file);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(
                missing.is_empty(),
                "locales/{code}/{name}.ftl lacks {missing:?}"
            );
            assert!(
                extra.is_empty(),
                "locales/{code}/{name}.ftl has ids English lacks: {extra:?}"
            );
        }
    }
    assert!(all.len() > 40, "{all:?}");
}

#[test]
fn every_variant_has_its_own_row() {
    let codes: BTreeSet<_> = Lang::ALL.iter().map(|(_, c, _)| *c).collect();
    assert_eq!(codes.len(), Lang::ALL.len());
    for (lang, code, _) in Lang::ALL {
        assert_eq!(lang.code(), code);
        assert_eq!(
            <Lang as clap::ValueEnum>::from_str(code, false),
            Ok(lang),
            "--lang {code}"
        );
    }
}

#[test]
fn a_missing_id_or_argument_is_an_error() {
    for (lang, code, _) in Lang::ALL {
        let m = Messages::new(lang);
        assert!(m.try_get("no-such-message", &[]).is_err(), "{code}");
        let e = m.try_get("brief-title", &[("country", "X".into())]);
        assert!(e.is_err(), "{code}: a missing $year was filled: {e:?}");
        let got = m.get_args("brief-title", &[("country", "X".into())]);
        assert!(got.starts_with(MISSING), "{code}: {got}");
        let ok = m.try_get(
            "brief-title",
            &[("country", "X".into()), ("year", "2024".into())],
        );
        assert!(ok.as_deref().is_ok_and(|t| t.contains("2024")), "{ok:?}");
    }
}

#[test]
fn messages_carry_no_bidi_isolation_marks() {
    for (lang, code, _) in Lang::ALL {
        let m = Messages::new(lang);
        let t = m.get_args(
            "headline-overall-tier",
            &[
                ("index", "92.58".into()),
                ("tier", 2u8.into()),
                ("name", "N".into()),
            ],
        );
        assert!(!t.contains(['\u{2068}', '\u{2069}']), "{code}: {t:?}");
        assert!(t.contains("92.58") && t.contains('2'), "{code}: {t}");
    }
}

#[test]
fn decimal_separators_follow_the_language() {
    let n = |l| Messages::new(l).number(92.575_1, 2);
    assert_eq!(n(Lang::En), "92.58");
    assert_eq!(n(Lang::Fr), "92,58");
    assert_eq!(n(Lang::Pt), "92,58");
    assert_eq!(n(Lang::Ar), "92.58");
    assert_eq!(Messages::new(Lang::Fr).localize("▲ +3.55"), "▲ +3,55");
}

#[test]
fn ordinals_and_tiers() {
    let en = Messages::new(Lang::En);
    for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111] {
        assert_eq!(en.ordinal(n), crate::model::rank::ordinal(n), "{n}");
    }
    assert_eq!(Messages::new(Lang::Fr).ordinal(1), "1er");
    assert_eq!(Messages::new(Lang::Fr).ordinal(2), "2e");
    assert_eq!(Messages::new(Lang::Pt).ordinal(6), "6.º");
    for t in Tier::ALL {
        assert_eq!(en.tier_name(t), t.label());
        for (lang, code, _) in Lang::ALL {
            let name = Messages::new(lang).tier_name(t);
            assert!(!name.is_empty() && !name.starts_with(MISSING), "{code}");
        }
    }
}
