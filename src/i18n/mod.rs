//! The words of a brief in the reader's language: Fluent resources, one
//! per language, embedded in the binary so it needs no files at run time.
//! Data text (country, pillar and indicator names, sources, file names)
//! is never translated; only what the program itself says is.

mod numbers;

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::model::tier::Tier;

/// A language a brief can be written in. To add one: a variant here, a row
/// in [`Lang::ALL`] with its resources, and `locales/CODE/*.ftl`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Pt,
    Ar,
}

impl Lang {
    /// Every language, with its code and its messages (one resource per
    /// file of [`FILES`], in that order): the one table.
    pub const ALL: [(Lang, &'static str, Resources); 4] = [
        (Lang::En, "en", resources!("en")),
        (Lang::Fr, "fr", resources!("fr")),
        (Lang::Pt, "pt", resources!("pt")),
        (Lang::Ar, "ar", resources!("ar")),
    ];

    fn row(self) -> (Lang, &'static str, Resources) {
        // Every variant has a row (a test checks), so the fallback to
        // English is never taken.
        Lang::ALL
            .into_iter()
            .find(|(l, _, _)| *l == self)
            .unwrap_or(Lang::ALL[0])
    }

    /// The BCP 47 code: "en", "fr", "pt", "ar".
    pub fn code(self) -> &'static str {
        self.row().1
    }

    /// The Fluent sources of this language's messages, one per file.
    pub fn resources(self) -> Resources {
        self.row().2
    }

    /// Whether the language is written right to left.
    pub fn rtl(self) -> bool {
        self == Lang::Ar
    }
}

/// The message files of every language, by topic: the brief's words in
/// every format, the HTML document's own, and the plan's.
pub const FILES: [&str; 3] = ["brief", "html", "plan"];

/// One language's Fluent sources, in the order of [`FILES`].
pub type Resources = [&'static str; 3];

macro_rules! resources {
    ($code:literal) => {
        [
            include_str!(concat!("../../locales/", $code, "/brief.ftl")),
            include_str!(concat!("../../locales/", $code, "/html.ftl")),
            include_str!(concat!("../../locales/", $code, "/plan.ftl")),
        ]
    };
}
use resources;

/// An argument to a message: text is inserted as it is, a number also
/// chooses plural forms (`{ $n -> [one] … *[other] … }`).
#[derive(Clone, Debug)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Int(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}
impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<i32> for Arg<'_> {
    fn from(n: i32) -> Self {
        Arg::Int(n.into())
    }
}
impl From<u8> for Arg<'_> {
    fn from(n: u8) -> Self {
        Arg::Int(n.into())
    }
}

/// The messages of one language.
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    decimal: String,
}

/// Marks a message that could not be formatted, so it shows in a brief
/// and tests (which render every language) find it; never silent English.
pub const MISSING: &str = "\u{27e6}";

impl Messages {
    pub fn new(lang: Lang) -> Messages {
        let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        // Markdown and terminals show U+2068/U+2069 as stray characters;
        // the HTML brief sets `dir` on its elements instead.
        bundle.set_use_isolating(false);
        // NUMBER(), for ordinals ("1st", "1er").
        let _ = bundle.add_builtins();
        for source in lang.resources() {
            // A resource with a syntax error still yields its good
            // messages; a test checks every resource parses whole, and
            // that no id is in two files.
            let res = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(res);
        }
        let mut m = Messages {
            lang,
            bundle,
            decimal: String::new(),
        };
        m.decimal = m.get("number-decimal-separator");
        m
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message without arguments.
    pub fn get(&self, id: &str) -> String {
        self.get_args(id, &[])
    }

    /// A message with arguments; a missing message or argument shows as
    /// `⟦id⟧` (see [`MISSING`]) rather than in another language.
    pub fn get_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.try_get(id, args)
            .unwrap_or_else(|_| format!("{MISSING}{id}\u{27e7}"))
    }

    /// A message, or why it cannot be made: no such id, no value, or an
    /// argument it names was not given.
    pub fn try_get(&self, id: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        let code = self.lang.code();
        let msg = self
            .bundle
            .get_message(id)
            .ok_or_else(|| format!("no message {id} in {code}"))?;
        let pattern = msg
            .value()
            .ok_or_else(|| format!("message {id} in {code} has no value"))?;
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            let v = match value {
                Arg::Text(s) => FluentValue::from(s.to_string()),
                Arg::Int(n) => FluentValue::from(*n),
            };
            fargs.set(*name, v);
        }
        let mut errors = vec![];
        let out = self
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors);
        match errors.is_empty() {
            true => Ok(out.into_owned()),
            false => Err(format!("message {id} in {code}: {errors:?}")),
        }
    }

    /// A tier's name: "Establishing", "En consolidation".
    pub fn tier_name(&self, tier: Tier) -> String {
        self.get(&format!("tier-{}", tier.number()))
    }

    /// `v` with `decimals` decimals, in this language's convention:
    /// 92.58 in English, 92,58 in French.
    pub fn number(&self, v: f64, decimals: usize) -> String {
        self.localize(&format!("{v:.decimals$}"))
    }

    /// A figure already written by [`crate::format`] ("▲ +3.55",
    /// "2.00 / 3.00", "—") in this language's convention. Only for the
    /// program's own figures: a name from the data may hold a full stop.
    pub fn localize(&self, figure: &str) -> String {
        numbers::with_separator(figure, &self.decimal)
    }

    /// "6th", "6e", "6.º": an ordinal rank.
    pub fn ordinal(&self, n: usize) -> String {
        self.get_args("ordinal", &[("n", n.into())])
    }
}

#[cfg(test)]
mod tests;
