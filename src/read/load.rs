//! CSV → [`Dataset`], validating every row and locating every problem.
//!
//! Records are read as `ByteRecord`s and names are interned, so a row costs
//! no `String` allocation except for its evidence text, which goes into one
//! shared arena.

use rustc_hash::FxHashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use super::encoding::{self, NOT_UTF8};
use super::error::{Errors, LoadError};
use super::records::{Limits, ReadError, Record, RecordReader};
use super::schema::{self, Column, HeaderMap};
use crate::model::dataset::{Country, Dataset, Indicator, Observations, Spec, TextSpan};
use crate::sanitize::{number, quote, short};

/// How far a load has got, for a progress gauge. Updated every few thousand
/// rows, from whichever threads are reading.
#[derive(Debug, Default)]
pub struct Progress {
    pub rows: std::sync::atomic::AtomicU64,
    /// Rows the file probably holds, judged from its size; 0 if unknown.
    pub expected: std::sync::atomic::AtomicU64,
}

/// Rows between updates of [`Progress`].
const PROGRESS_EVERY: u64 = 4096;

/// Which files a load may open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opening {
    /// Whatever the user named, pipes too: the first load may read standard
    /// input or a FIFO given on the command line.
    Any,
    /// Regular files only, and never waiting to open one. A reload runs
    /// unattended after a change on disk: a FIFO put in the file's place
    /// would hold its open until a writer came, and every later save with it.
    RegularOnly,
}

/// Loads what the user named: one indicator CSV in the project's schema, or
/// one or more World Bank Data360 series files, recognised by their header.
pub fn load_paths(paths: &[std::path::PathBuf]) -> Result<Dataset, LoadError> {
    load_paths_with(paths, None)
}

/// As [`load_paths`], reporting progress.
pub fn load_paths_with(
    paths: &[std::path::PathBuf],
    progress: Option<std::sync::Arc<Progress>>,
) -> Result<Dataset, LoadError> {
    load_paths_opening(paths, progress, Opening::Any)
}

/// Loads the files again after they changed on disk: as [`load_paths`], but
/// a path that is not a regular file any more is an error, and is never
/// read or waited on.
pub fn reload_paths(paths: &[std::path::PathBuf]) -> Result<Dataset, LoadError> {
    load_paths_opening(paths, None, Opening::RegularOnly)
}

fn load_paths_opening(
    paths: &[std::path::PathBuf],
    progress: Option<std::sync::Arc<Progress>>,
    opening: Opening,
) -> Result<Dataset, LoadError> {
    // Each file is checked for binary data before its header is read.
    let data360 = paths
        .iter()
        .map(|p| super::data360::sniff(p))
        .collect::<Result<Vec<bool>, LoadError>>()?;
    if data360.iter().any(|&d| d) {
        if let Some((p, _)) = paths
            .iter()
            .zip(&data360)
            .find(|(p, d)| !**d && p.is_file())
        {
            return Err(LoadError::file_level(
                &p.display().to_string(),
                "is not a World Bank Data360 series; only Data360 series can be combined",
            ));
        }
        return super::data360::load_opening(paths, opening);
    }
    match paths {
        [one] => load_path_parallel_from(one, progress, super::parallel::MIN_SIZE, opening),
        [] => Err(LoadError::file_level("(no file)", "no file given")),
        [_, second, ..] => Err(LoadError::file_level(
            &second.display().to_string(),
            "only World Bank Data360 series can be combined; give one indicator file",
        )),
    }
}

/// Reads and validates an indicator CSV file. The file is only ever read.
pub fn load_path(path: &Path) -> Result<Dataset, LoadError> {
    load_path_with(path, None)
}

/// As [`load_path`], reporting progress.
pub fn load_path_with(
    path: &Path,
    progress: Option<std::sync::Arc<Progress>>,
) -> Result<Dataset, LoadError> {
    load_path_parallel_from(path, progress, super::parallel::MIN_SIZE, Opening::Any)
}

/// As [`load_path_with`], with files of `parallel_from` bytes or more
/// parsed on two cores; tests lower it to cover that path on small files.
pub(crate) fn load_path_parallel_from(
    path: &Path,
    progress: Option<std::sync::Arc<Progress>>,
    parallel_from: u64,
    opening: Opening,
) -> Result<Dataset, LoadError> {
    let name = path.display().to_string();
    let file = open_input(path, &name, opening)?;
    let meta = file.metadata().ok();
    let size = meta.as_ref().map_or(0, |m| m.len());
    let first = if size >= parallel_from {
        let handle = file.try_clone().map_err(|e| read_error(&name, e))?;
        super::parallel::load(&name, handle, size, progress.clone())
    } else {
        load_stream(&name, &file, Some(size), progress.clone())
    };
    match first {
        // Only a regular file can be read a second time; valid UTF-8 never
        // gets here, so it is read once.
        Err(e) if meta.is_some_and(|m| m.is_file()) && encoding::failed_on_encoding(&e) => {
            load_cp1252(&name, &file, e, progress)
        }
        other => other,
    }
}

/// Loads a file that failed as UTF-8 as Windows-1252 instead, if the whole
/// of it plausibly is; otherwise `failed`, saying why it is not.
fn load_cp1252(
    name: &str,
    mut file: &File,
    failed: LoadError,
    progress: Option<std::sync::Arc<Progress>>,
) -> Result<Dataset, LoadError> {
    // The handle already open, not the path: an editor may have saved a new
    // file under that name since.
    let mut bytes = Vec::new();
    if file
        .seek(SeekFrom::Start(0))
        .and_then(|_| file.read_to_end(&mut bytes))
        .is_err()
    {
        return Err(failed);
    }
    if let Some(why) = encoding::not_cp1252(&bytes) {
        return Err(encoding::explain(failed, why));
    }
    let text = encoding::decode_cp1252(&bytes);
    drop(bytes);
    if let Some(p) = &progress {
        p.rows.store(0, std::sync::atomic::Ordering::Relaxed);
    }
    let mut ds = load_stream(name, text.as_bytes(), Some(text.len() as u64), progress)?;
    ds.warnings.insert(0, encoding::DECODED.to_string());
    Ok(ds)
}

/// One pass over `reader`; with its `size`, room for the rows is reserved
/// up front.
fn load_stream(
    name: &str,
    reader: impl Read,
    size: Option<u64>,
    progress: Option<std::sync::Arc<Progress>>,
) -> Result<Dataset, LoadError> {
    load_limited(name, reader, size, progress, Limits::DEFAULT)
}

fn load_limited(
    name: &str,
    reader: impl Read,
    size: Option<u64>,
    progress: Option<std::sync::Arc<Progress>>,
    limits: Limits,
) -> Result<Dataset, LoadError> {
    let (mut reader, mut builder) = start(name, reader, size, limits)?;
    builder.report_to(progress);
    while let Some(record) = reader
        .next_record()
        .map_err(|e| builder.read_failure(name, e))?
    {
        builder.row(&record);
    }
    builder.finish(name)
}

/// Opens a file the user named, for reading only; `name` is used in
/// messages.
pub(crate) fn open_input(path: &Path, name: &str, opening: Opening) -> Result<File, LoadError> {
    if path.is_dir() {
        return Err(LoadError::file_level(
            name,
            "is a directory, not a CSV file",
        ));
    }
    let cannot =
        |e: std::io::Error| LoadError::file_level(name, format!("cannot open: {}", io_reason(&e)));
    match opening {
        Opening::Any => File::open(path).map_err(cannot),
        Opening::RegularOnly => open_regular(path)
            .map_err(cannot)?
            .ok_or_else(|| LoadError::file_level(name, "is not a regular file")),
    }
}

/// Opens `path` if it is a regular file (following links), `None` if it is
/// something else. Only a regular file is opened, and without waiting: if a
/// FIFO is swapped in after the check, the open cannot block on it
/// (O_NONBLOCK), and the open handle is checked again before any read.
pub(crate) fn open_regular(path: &Path) -> std::io::Result<Option<File>> {
    if !std::fs::metadata(path)?.is_file() {
        return Ok(None);
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Ok(None);
    }
    #[cfg(unix)]
    blocking(&file)?;
    Ok(Some(file))
}

/// Clears O_NONBLOCK again: it only ever mattered for the open, and some
/// file systems (FUSE) honour it on reads of regular files too.
#[cfg(unix)]
fn blocking(file: &File) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let fd = file.as_raw_fd();
    // SAFETY: fd is open for as long as `file` is borrowed; F_GETFL and
    // F_SETFL only read and change its status flags.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags == -1
        // SAFETY: as above.
        || unsafe { libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK) } == -1
    {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Reads and validates indicator CSV from any reader; `name` is used in
/// messages.
pub fn load_reader(name: &str, reader: impl Read) -> Result<Dataset, LoadError> {
    load_stream(name, reader, None, None)
}

/// As [`load_reader`], with other limits on the size of a row and a cell
/// than the usual ones; the fuzz target uses small ones to reach them.
#[doc(hidden)]
pub fn load_reader_limited(
    name: &str,
    reader: impl Read,
    limits: Limits,
) -> Result<Dataset, LoadError> {
    load_limited(name, reader, None, None, limits)
}

pub(crate) fn read_error(name: &str, e: std::io::Error) -> LoadError {
    LoadError::file_level(name, format!("cannot read: {}", io_reason(&e)))
}

/// Text has no NUL byte: a file with one is refused as a whole, wherever
/// the NUL is, naming its line.
pub(crate) const BINARY: &str = "not CSV text: the file contains binary data (a NUL byte)";

/// The located error for what the record reader refused; `column` names
/// field `i` of the row when it can ("column N" otherwise).
pub(crate) fn reading_error(
    name: &str,
    e: ReadError,
    column: impl Fn(usize) -> Option<String>,
) -> LoadError {
    match e {
        ReadError::Io(e) => read_error(name, e),
        ReadError::Binary { line } => LoadError::at(name, line, None, BINARY),
        ReadError::CellTooLong {
            line,
            field,
            quoted,
            limit,
        } => {
            let col = column(field).unwrap_or_else(|| format!("column {}", field + 1));
            // An opening quote never closed makes one cell of the rows after it.
            let hint = if quoted {
                "; is a closing quote missing?"
            } else {
                ""
            };
            LoadError::at(
                name,
                line,
                Some(&col),
                format!(
                    "is longer than {}, the most one cell may hold{hint}",
                    byte_size(limit)
                ),
            )
        }
        ReadError::RowTooLong { line, limit } => LoadError::at(
            name,
            line,
            None,
            format!(
                "the row is longer than {}, the most one row may hold",
                byte_size(limit)
            ),
        ),
    }
}

fn byte_size(bytes: usize) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

/// Checks the start of the input and reads the header: a record reader
/// positioned at the first data row, and a builder for the rows.
/// With the file's `size`, the builder reserves room for the rows it likely
/// holds, judged by the lines in the first block.
pub(crate) fn start<R: Read>(
    name: &str,
    reader: R,
    size: Option<u64>,
    limits: Limits,
) -> Result<(RecordReader<BufReader<R>>, Builder), LoadError> {
    let mut buffered = BufReader::with_capacity(1 << 16, reader);
    let delimiter = text_head(name, &mut buffered)?;
    // Already read by text_head: this only looks at the buffer again.
    let head = buffered.fill_buf().map_err(|e| read_error(name, e))?;
    let rows = size.and_then(|size| estimate_rows(head, size));
    let mut reader = RecordReader::new(buffered, delimiter).limits(limits);
    let header = match reader
        .next_record()
        .map_err(|e| reading_error(name, e, |_| None))?
    {
        Some(record) => parse_header(name, &record)?,
        None => {
            return Err(LoadError::at(
                name,
                1,
                None,
                "the file is empty: expected a header row",
            ));
        }
    };
    let mut builder = Builder::new(header, delimiter == b';');
    if let Some(rows) = rows {
        builder.reserve(rows);
    }
    Ok((reader, builder))
}

/// Reads the first block of the input, refuses what is not CSV text (a
/// workbook, a PDF, UTF-16, binary) and returns the delimiter it uses.
/// A NUL further on is found by the record reader, with the same message.
pub(crate) fn text_head<R: Read>(name: &str, buffered: &mut BufReader<R>) -> Result<u8, LoadError> {
    let head = buffered.fill_buf().map_err(|e| read_error(name, e))?;
    if let Some(what) = sniff_binary(head) {
        return Err(LoadError::file_level(name, format!("not CSV text: {what}")));
    }
    if let Some(at) = memchr::memchr(0, head) {
        let line = 1 + super::records::line_breaks(&head[..at]);
        return Err(LoadError::at(name, line, None, BINARY));
    }
    Ok(sniff_delimiter(head))
}

/// Rows in a file of `size` bytes whose first block is `head`, a little
/// over; `None` when the block says too little.
pub(crate) fn estimate_rows(head: &[u8], size: u64) -> Option<usize> {
    /// Far beyond any real index file; a bad guess must not reserve gigabytes.
    const CAP: u64 = 20_000_000;
    let lines = head.iter().filter(|&&b| b == b'\n').count() as u64;
    if lines < 8 {
        return None;
    }
    let per_row = (head.len() as u64 / lines).max(1);
    Some((size / per_row + size / per_row / 50 + 16).min(CAP) as usize)
}

/// Recognises files that are plainly not CSV text from their first bytes.
pub(crate) fn sniff_binary(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(b"PK\x03\x04") {
        Some(
            "this looks like an Excel workbook (.xlsx) or a zip archive; in Excel use Save As > CSV UTF-8",
        )
    } else if head.starts_with(b"\xD0\xCF\x11\xE0") {
        Some("this looks like a legacy Excel workbook (.xls); in Excel use Save As > CSV UTF-8")
    } else if head.starts_with(b"%PDF") {
        Some("this is a PDF document")
    } else if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        Some("the file is UTF-16 encoded; save it as CSV UTF-8")
    } else {
        None
    }
}

/// Excel in many locales saves "CSV" with semicolons (and decimal commas).
/// The header line decides: the most frequent of `,` `;` and tab wins.
pub(crate) fn sniff_delimiter(head: &[u8]) -> u8 {
    let first_line = head.split(|&b| b == b'\n').next().unwrap_or(head);
    let count = |d: u8| first_line.iter().filter(|&&b| b == d).count();
    let (commas, semis, tabs) = (count(b','), count(b';'), count(b'\t'));
    if semis > commas && semis >= tabs {
        b';'
    } else if tabs > commas && tabs > semis {
        b'\t'
    } else {
        b','
    }
}

fn parse_header(name: &str, record: &Record<'_>) -> Result<HeaderMap, LoadError> {
    let mut names = Vec::with_capacity(record.len());
    for (i, field) in record.iter().enumerate() {
        match std::str::from_utf8(field) {
            Ok(s) => names.push(s),
            Err(_) => {
                return Err(LoadError::at(
                    name,
                    1,
                    Some(&format!("column {}", i + 1)),
                    NOT_UTF8,
                ));
            }
        }
    }
    if names.iter().all(|n| schema::normalize_header(n).is_empty()) {
        return Err(LoadError::at(
            name,
            1,
            None,
            "the file is empty: expected a header row",
        ));
    }
    let header = HeaderMap::from_names(names);
    let mut errors = Errors::default();
    for col in header.missing_required() {
        errors.push(
            1,
            Some(col.name()),
            "required column is missing from the header",
        );
    }
    for col in &header.duplicated {
        errors.push(1, Some(col), "column appears more than once in the header");
    }
    if errors.is_empty() {
        Ok(header)
    } else {
        Err(errors.into_error(name))
    }
}

/// Every country × year × pillar has an aggregate (24 bytes, and a share of
/// the 4-byte slot of its country-year), so their number is bounded by the
/// rows that make them, and memory by the file: a fixed cap of 50 million
/// let a 500 KB file take 1.2 GB. Real data has far fewer combinations than
/// rows (745 countries × 16 years × 8 pillars = 95,360 for a million rows);
/// sparse but real data, each country assessed in one of a few years, has a
/// few a row.
const COMBINATIONS_PER_ROW: usize = 8;
/// Allowed whatever the rows, so small files are never refused for this.
const COMBINATIONS_ANY_FILE: usize = 1 << 20;

/// The most country × year × pillar combinations `rows` rows may make.
pub(crate) fn combination_limit(rows: usize) -> usize {
    rows.saturating_mul(COMBINATIONS_PER_ROW)
        .max(COMBINATIONS_ANY_FILE)
}

/// Whether a data row can be read cell by cell: not cut off inside quotes
/// (an error), not blank (Excel leaves rows of bare separators below the
/// data; skipped), and as wide as the header (an error).
pub(crate) fn usable_record(record: &Record<'_>, fields: usize, errors: &mut Errors) -> bool {
    let line = record.line;
    if record.unterminated_quote {
        errors.push(
            line,
            None,
            "the file ends inside a quoted field that starts on this line; is it truncated?",
        );
        return false;
    }
    if record.iter().all(<[u8]>::is_empty) {
        return false;
    }
    if record.len() != fields {
        errors.push(
            line,
            None,
            format!(
                "row has {} field{} but the header has {}",
                record.len(),
                if record.len() == 1 { "" } else { "s" },
                fields
            ),
        );
        return false;
    }
    true
}

/// Accumulates validated rows into columns.
pub(crate) struct Builder {
    header: HeaderMap,
    /// How each column is named in messages: its header in the user's file.
    column_names: [&'static str; Column::COUNT],
    decimal_comma: bool,
    errors: Errors,
    countries: Vec<Country>,
    country_ix: Interner,
    pillars: Vec<String>,
    pillar_ix: Interner,
    indicators: Vec<Indicator>,
    /// Line where each indicator was first seen, for conflict messages.
    indicator_line: Vec<u32>,
    indicator_ix: Interner,
    /// (max, weight, target) bits to their index in `obs.specs`.
    spec_ix: FxHashMap<[u64; 3], u32>,
    /// Each indicator's last (max, weight, target) and its spec id.
    spec_of_indicator: Vec<Option<([u64; 3], u32)>>,
    /// Each indicator's display name has been found (not just its id).
    named: Vec<bool>,
    progress: Option<std::sync::Arc<Progress>>,
    rows_seen: u64,
    /// Years in order of first appearance; `obs.year` indexes this until
    /// `finish` remaps it to sorted order.
    seen_years: Vec<i32>,
    /// Distinct `source` cells in order of first appearance. The interner
    /// compares a row's cell with the previous row's before hashing, and
    /// files repeat one source on every row, so this costs one comparison
    /// a row.
    sources: Vec<String>,
    source_ix: Interner,
    rows_without_source: usize,
    obs: Observations,
    text: String,
}

/// Cells of one row after validation.
struct Row<'a> {
    country: &'a [u8],
    year: i32,
    pillar: &'a [u8],
    indicator_id: &'a [u8],
    score: Option<f64>,
    max_score: f64,
    weight: f64,
    target: f64,
}

impl Builder {
    pub(crate) fn new(header: HeaderMap, decimal_comma: bool) -> Builder {
        Builder {
            header,
            column_names: Column::ALL.map(Column::name),
            decimal_comma,
            errors: Errors::default(),
            countries: Vec::new(),
            country_ix: Interner::default(),
            pillars: Vec::new(),
            pillar_ix: Interner::default(),
            indicators: Vec::new(),
            indicator_line: Vec::new(),
            indicator_ix: Interner::default(),
            spec_ix: FxHashMap::default(),
            spec_of_indicator: Vec::new(),
            named: Vec::new(),
            progress: None,
            rows_seen: 0,
            seen_years: Vec::new(),
            sources: Vec::new(),
            source_ix: Interner::default(),
            rows_without_source: 0,
            obs: Observations::default(),
            text: String::new(),
        }
    }

    /// Reports rows read to `progress`, announcing about how many to expect.
    pub(crate) fn report_to(&mut self, progress: Option<std::sync::Arc<Progress>>) {
        if let Some(p) = &progress {
            p.expected
                .store(self.capacity() as u64, std::sync::atomic::Ordering::Relaxed);
        }
        self.progress = progress;
    }

    /// Names columns in messages as another file format calls them.
    pub(crate) fn rename_columns(&mut self, names: &[(Column, &'static str)]) {
        for &(col, name) in names {
            self.column_names[col as usize] = name;
        }
    }

    /// Diagnostics from now on name `file`.
    pub(crate) fn set_file(&mut self, file: &str) {
        self.errors.file = Some(file.to_string());
    }

    pub(crate) fn errors_mut(&mut self) -> &mut Errors {
        &mut self.errors
    }

    /// The located error for what the reader refused in this builder's
    /// rows, naming the column as the file does.
    pub(crate) fn read_failure(&self, name: &str, e: ReadError) -> LoadError {
        reading_error(name, e, |i| {
            self.header
                .column_at(i)
                .map(|col| self.col_name(col).to_string())
        })
    }

    fn col_name(&self, col: Column) -> &'static str {
        self.column_names[col as usize]
    }

    pub(crate) fn row(&mut self, record: &Record<'_>) {
        self.rows_seen += 1;
        if self.rows_seen.is_multiple_of(PROGRESS_EVERY)
            && let Some(p) = &self.progress
        {
            p.rows
                .fetch_add(PROGRESS_EVERY, std::sync::atomic::Ordering::Relaxed);
        }
        let line = record.line;
        if !usable_record(record, self.header.field_count, &mut self.errors) {
            return;
        }
        // validate() yields None whenever it recorded a problem.
        if let Some(row) = self.validate(line, record) {
            self.push(line, record, row);
        }
    }

    fn cell<'r>(&self, record: &Record<'r>, col: Column) -> Option<&'r [u8]> {
        self.header.get(col).and_then(|i| record.get(i))
    }

    fn text<'r>(&mut self, line: u64, record: &Record<'r>, col: Column) -> Option<&'r str> {
        let bytes = self.cell(record, col)?;
        match std::str::from_utf8(bytes) {
            Ok(s) => Some(s),
            Err(_) => {
                let name = self.col_name(col);
                self.errors.push(line, Some(name), NOT_UTF8);
                None
            }
        }
    }

    /// A cell that must not be empty. Its UTF-8 is checked when it is first
    /// interned, not on every row.
    fn required<'r>(&mut self, line: u64, record: &Record<'r>, col: Column) -> Option<&'r [u8]> {
        let bytes = self.cell(record, col)?;
        if bytes.is_empty() {
            let name = self.col_name(col);
            self.errors.push(line, Some(name), "is empty");
            return None;
        }
        Some(bytes)
    }

    /// Checks that a new name is UTF-8 before it is kept.
    fn new_name<'r>(&mut self, line: u64, col: Column, bytes: &'r [u8]) -> Option<&'r str> {
        match std::str::from_utf8(bytes) {
            Ok(s) => Some(s),
            Err(_) => {
                self.push_err(line, col, NOT_UTF8);
                None
            }
        }
    }

    /// Parses a number cell; `None` for an empty cell.
    fn number(&mut self, line: u64, record: &Record<'_>, col: Column) -> Result<Option<f64>, ()> {
        let Some(bytes) = self.cell(record, col) else {
            return Ok(None);
        };
        if bytes.is_empty() {
            return Ok(None);
        }
        match parse_number(bytes, self.decimal_comma) {
            Ok(v) => Ok(Some(v)),
            Err(msg) => {
                let name = self.col_name(col);
                self.errors.push(line, Some(name), msg);
                Err(())
            }
        }
    }

    fn validate<'r>(&mut self, line: u64, record: &Record<'r>) -> Option<Row<'r>> {
        let country = if self.header.get(Column::Country).is_some() {
            self.required(line, record, Column::Country)
        } else {
            Some(&b""[..])
        };
        let year = self.year(line, record);
        let pillar = self.required(line, record, Column::Pillar);
        let indicator_id = self.required(line, record, Column::IndicatorId);
        let score = self.number(line, record, Column::Score);
        let max_score = self.number(line, record, Column::MaxScore);
        let weight = self.number(line, record, Column::Weight);
        let target = self.number(line, record, Column::Target);

        let max_score = match max_score {
            Ok(Some(m)) if m > 0.0 => Some(m),
            Ok(Some(m)) => {
                self.push_err(
                    line,
                    Column::MaxScore,
                    format!("must be greater than 0, found {}", number(m)),
                );
                None
            }
            Ok(None) => {
                self.push_err(
                    line,
                    Column::MaxScore,
                    "is empty; every indicator needs a maximum",
                );
                None
            }
            Err(()) => None,
        };
        let score = match (score, max_score) {
            (Ok(Some(s)), _) if s < 0.0 => {
                self.push_err(
                    line,
                    Column::Score,
                    format!("must not be negative, found {}", number(s)),
                );
                Err(())
            }
            (Ok(Some(s)), Some(m)) if s > m => {
                self.push_err(
                    line,
                    Column::Score,
                    format!("{} is above max_score {}", number(s), number(m)),
                );
                Err(())
            }
            (other, _) => other,
        };
        let weight = match weight {
            Ok(Some(w)) if w < 0.0 => {
                self.push_err(
                    line,
                    Column::Weight,
                    format!("must not be negative, found {}", number(w)),
                );
                None
            }
            Ok(w) => Some(w.unwrap_or(1.0)),
            Err(()) => None,
        };
        let target = match (target, max_score) {
            (Ok(Some(t)), Some(m)) if !(0.0..=m).contains(&t) => {
                self.push_err(
                    line,
                    Column::Target,
                    format!(
                        "{} is outside 0..={} (0 to max_score)",
                        number(t),
                        number(m)
                    ),
                );
                None
            }
            (Ok(t), Some(m)) => Some(t.unwrap_or(m)),
            _ => None,
        };
        Some(Row {
            country: country?,
            year: year?,
            pillar: pillar?,
            indicator_id: indicator_id?,
            score: score.ok()?,
            max_score: max_score?,
            weight: weight?,
            target: target?,
        })
    }

    fn push_err(&mut self, line: u64, col: Column, msg: impl Into<String>) {
        let name = self.col_name(col);
        self.errors.push(line, Some(name), msg);
    }

    fn year(&mut self, line: u64, record: &Record<'_>) -> Option<i32> {
        let raw = self.required(line, record, Column::Year)?;
        match parse_year(raw) {
            Some(y) if (1900..=2200).contains(&y) => Some(y),
            Some(y) => {
                self.push_err(line, Column::Year, format!("{y} is not a plausible year"));
                None
            }
            None => {
                let text = String::from_utf8_lossy(raw);
                self.push_err(
                    line,
                    Column::Year,
                    format!("{} is not a year like 2024", quote(&text)),
                );
                None
            }
        }
    }

    fn push(&mut self, line: u64, record: &Record<'_>, row: Row<'_>) {
        let country = self.intern_country(line, record, row.country);
        if country == u32::MAX {
            self.push_err(line, Column::Country, "too many distinct countries");
            return;
        }
        let Some(pillar) = self.intern_pillar(line, row.pillar) else {
            return;
        };
        let Some(indicator) = self.intern_indicator(line, record, row.indicator_id, pillar) else {
            return;
        };
        let year = match self.seen_years.iter().position(|&y| y == row.year) {
            Some(i) => i as u16,
            None => {
                self.seen_years.push(row.year);
                (self.seen_years.len() - 1) as u16
            }
        };
        let evidence = self.text(line, record, Column::Evidence).unwrap_or("");
        let Some(span) = arena_push(&mut self.text, evidence) else {
            self.push_err(
                line,
                Column::Evidence,
                "text arena is full (over 4 GiB of evidence)",
            );
            return;
        };
        let obs = &mut self.obs;
        obs.country.push(country);
        obs.year.push(year);
        obs.indicator.push(indicator);
        obs.score.push(row.score.unwrap_or(f64::NAN));
        let spec = [row.max_score, row.weight, row.target].map(f64::to_bits);
        // An indicator almost always keeps its maximum, weight and target
        // from row to row: try its last one before hashing.
        let cached = self
            .spec_of_indicator
            .get(indicator as usize)
            .copied()
            .flatten();
        let id = match cached {
            Some((key, id)) if key == spec => id,
            _ => {
                let id = match self.spec_ix.get(&spec) {
                    Some(&id) => id,
                    None => {
                        let id = obs.specs.len() as u32;
                        obs.specs.push(Spec {
                            max_score: row.max_score,
                            weight: row.weight,
                            target: row.target,
                        });
                        self.spec_ix.insert(spec, id);
                        id
                    }
                };
                if let Some(slot) = self.spec_of_indicator.get_mut(indicator as usize) {
                    *slot = Some((spec, id));
                }
                id
            }
        };
        obs.spec.push(id);
        obs.evidence.push(span);
        obs.line.push(u32::try_from(line).unwrap_or(u32::MAX));
        self.note_source(line, record);
    }

    /// Keeps the row's `source` if it is new; counts a row without one.
    fn note_source(&mut self, line: u64, record: &Record<'_>) {
        let Some(cell) = self.cell(record, Column::Source).filter(|c| !c.is_empty()) else {
            self.rows_without_source += 1;
            return;
        };
        if self.source_ix.get(cell).is_some() {
            return;
        }
        let Some(source) = self.new_name(line, Column::Source, cell) else {
            return;
        };
        let Ok(ix) = u32::try_from(self.sources.len()) else {
            self.push_err(line, Column::Source, "too many distinct sources");
            return;
        };
        self.sources.push(source.to_string());
        self.source_ix.insert(cell, ix);
    }

    /// The country's id; `u32::MAX` after an error has been recorded.
    fn intern_country(&mut self, line: u64, record: &Record<'_>, code: &[u8]) -> u32 {
        let ix = match self.country_ix.get(code) {
            Some(ix) => ix,
            None => {
                let Some(code) = self.new_name(line, Column::Country, code) else {
                    return u32::MAX;
                };
                let Ok(ix) = u32::try_from(self.countries.len()) else {
                    self.push_err(line, Column::Country, "too many distinct countries");
                    return u32::MAX;
                };
                self.countries.push(Country {
                    code: code.to_string(),
                    ..Country::default()
                });
                self.country_ix.insert(code.as_bytes(), ix);
                ix
            }
        };
        // First non-empty display name and region win; once both are known
        // nothing more is read.
        for col in [Column::CountryName, Column::Region] {
            let country = &self.countries[ix as usize];
            let known = match col {
                Column::CountryName => country.name.is_some(),
                _ => country.region.is_some(),
            };
            if known || self.cell(record, col).is_none_or(<[u8]>::is_empty) {
                continue;
            }
            let Some(value) = self.text(line, record, col) else {
                continue;
            };
            let value = Some(value.to_string());
            match col {
                Column::CountryName => self.countries[ix as usize].name = value,
                _ => self.countries[ix as usize].region = value,
            }
        }
        ix
    }

    fn intern_pillar(&mut self, line: u64, name: &[u8]) -> Option<u16> {
        if let Some(ix) = self.pillar_ix.get(name) {
            return Some(ix as u16);
        }
        let name = self.new_name(line, Column::Pillar, name)?;
        let Ok(ix) = u16::try_from(self.pillars.len()) else {
            self.push_err(
                line,
                Column::Pillar,
                "more than 65,536 distinct pillars; is the pillar column misaligned?",
            );
            return None;
        };
        self.pillars.push(name.to_string());
        self.pillar_ix.insert(name.as_bytes(), u32::from(ix));
        Some(ix)
    }

    fn intern_indicator(
        &mut self,
        line: u64,
        record: &Record<'_>,
        id: &[u8],
        pillar: u16,
    ) -> Option<u32> {
        if let Some(ix) = self.indicator_ix.get(id) {
            let existing = self.indicators[ix as usize].pillar;
            if existing != pillar {
                let msg = format!(
                    "indicator {} is in pillar {} at line {}, but in {} here",
                    quote(&self.indicators[ix as usize].id),
                    quote(&self.pillars[existing as usize]),
                    self.indicator_line[ix as usize],
                    quote(&self.pillars[pillar as usize]),
                );
                self.push_err(line, Column::Pillar, msg);
                return None;
            }
            if !self.named[ix as usize] || self.indicators[ix as usize].description.is_empty() {
                self.fill_indicator_text(line, record, ix);
            }
            return Some(ix);
        }
        let id = self.new_name(line, Column::IndicatorId, id)?;
        let Ok(ix) = u32::try_from(self.indicators.len()) else {
            self.push_err(line, Column::IndicatorId, "too many distinct indicators");
            return None;
        };
        self.indicator_ix.insert(id.as_bytes(), ix);
        self.indicators.push(Indicator {
            id: id.to_string(),
            name: id.to_string(),
            pillar,
            description: String::new(),
        });
        self.indicator_line
            .push(u32::try_from(line).unwrap_or(u32::MAX));
        self.named.push(false);
        self.spec_of_indicator.push(None);
        self.fill_indicator_text(line, record, ix);
        Some(ix)
    }

    /// The first non-empty display name and description win.
    fn fill_indicator_text(&mut self, line: u64, record: &Record<'_>, ix: u32) {
        let non_empty = |col| self.cell(record, col).is_some_and(|c: &[u8]| !c.is_empty());
        let ind = &self.indicators[ix as usize];
        // Only what is still missing is read (and UTF-8 checked).
        let has_name = !self.named[ix as usize] && non_empty(Column::Indicator);
        let has_description = ind.description.is_empty() && non_empty(Column::Description);
        let name = if has_name {
            self.text(line, record, Column::Indicator).unwrap_or("")
        } else {
            ""
        };
        let description = if has_description {
            self.text(line, record, Column::Description).unwrap_or("")
        } else {
            ""
        };
        let ind = &mut self.indicators[ix as usize];
        if has_name && !name.is_empty() {
            ind.name = name.to_string();
            self.named[ix as usize] = true;
        }
        if ind.description.is_empty() && !description.is_empty() {
            ind.description = description.to_string();
        }
    }

    /// Makes room for about `rows` more rows, so the columns never move while
    /// growing; room that is never written costs no memory.
    /// If the room cannot be had, the columns simply grow as they go.
    pub(crate) fn reserve(&mut self, rows: usize) {
        let obs = &mut self.obs;
        let _ = obs.country.try_reserve(rows);
        let _ = obs.year.try_reserve(rows);
        let _ = obs.indicator.try_reserve(rows);
        let _ = obs.score.try_reserve(rows);
        let _ = obs.spec.try_reserve(rows);
        let _ = obs.evidence.try_reserve(rows);
        let _ = obs.line.try_reserve(rows);
    }

    pub(crate) fn capacity(&self) -> usize {
        self.obs.country.capacity()
    }

    /// A builder for rows later in the same file: same columns, no rows.
    pub(crate) fn sibling(&self) -> Builder {
        let mut b = Builder::new(self.header.clone(), self.decimal_comma);
        b.column_names = self.column_names;
        b.progress = self.progress.clone();
        b
    }

    /// Takes in the rows `other` read from later in the same file, whose
    /// line numbers count from `line_offset + 1`. Names are matched to ours
    /// and new ones appended, so ids and "first appearance" orders are as a
    /// single pass would have made them.
    pub(crate) fn absorb(&mut self, mut other: Builder, line_offset: u64) {
        let line = |l: u64| l.saturating_add(line_offset);
        let countries: Vec<u32> = std::mem::take(&mut other.countries)
            .into_iter()
            .map(|c| match self.country_ix.get(c.code.as_bytes()) {
                Some(ix) => {
                    let mine = &mut self.countries[ix as usize];
                    if mine.name.is_none() {
                        mine.name = c.name;
                    }
                    if mine.region.is_none() {
                        mine.region = c.region;
                    }
                    ix
                }
                None => {
                    let ix = self.countries.len() as u32;
                    self.country_ix.insert(c.code.as_bytes(), ix);
                    self.countries.push(c);
                    ix
                }
            })
            .collect();
        let pillars: Vec<u16> = std::mem::take(&mut other.pillars)
            .into_iter()
            .map(|p| match self.pillar_ix.get(p.as_bytes()) {
                Some(ix) => ix as u16,
                None => {
                    // Pillar names are few; running past u16 here would
                    // already have failed in one half.
                    let ix = self.pillars.len().min(u16::MAX as usize) as u16;
                    self.pillar_ix.insert(p.as_bytes(), u32::from(ix));
                    self.pillars.push(p);
                    ix
                }
            })
            .collect();
        let other_lines = std::mem::take(&mut other.indicator_line);
        let other_named = std::mem::take(&mut other.named);
        let indicators: Vec<u32> = std::mem::take(&mut other.indicators)
            .into_iter()
            .zip(other_lines)
            .zip(other_named)
            .map(|((ind, first_line), named)| {
                let pillar = pillars[ind.pillar as usize];
                match self.indicator_ix.get(ind.id.as_bytes()) {
                    Some(ix) => {
                        let mine = &mut self.indicators[ix as usize];
                        if mine.pillar != pillar {
                            let msg = format!(
                                "indicator {} is in pillar {} at line {}, but in {} here",
                                quote(&ind.id),
                                quote(&self.pillars[mine.pillar as usize]),
                                self.indicator_line[ix as usize],
                                quote(&self.pillars[pillar as usize]),
                            );
                            let name = self.column_names[Column::Pillar as usize];
                            self.errors
                                .push(line(u64::from(first_line)), Some(name), msg);
                        } else {
                            if !self.named[ix as usize] && named {
                                mine.name = ind.name;
                                self.named[ix as usize] = true;
                            }
                            if mine.description.is_empty() {
                                mine.description = ind.description;
                            }
                        }
                        ix
                    }
                    None => {
                        let ix = self.indicators.len() as u32;
                        self.indicator_ix.insert(ind.id.as_bytes(), ix);
                        self.indicators.push(Indicator { pillar, ..ind });
                        self.named.push(named);
                        self.spec_of_indicator.push(None);
                        self.indicator_line
                            .push(u32::try_from(line(u64::from(first_line))).unwrap_or(u32::MAX));
                        ix
                    }
                }
            })
            .collect();
        // The other half's rows come later: its new sources follow ours.
        for source in std::mem::take(&mut other.sources) {
            if self.source_ix.get(source.as_bytes()).is_none() {
                self.source_ix
                    .insert(source.as_bytes(), self.sources.len() as u32);
                self.sources.push(source);
            }
        }
        self.rows_without_source += other.rows_without_source;
        let years: Vec<u16> = other
            .seen_years
            .iter()
            .map(|y| match self.seen_years.iter().position(|s| s == y) {
                Some(i) => i as u16,
                None => {
                    self.seen_years.push(*y);
                    (self.seen_years.len() - 1) as u16
                }
            })
            .collect();
        let Ok(text_base) = u32::try_from(self.text.len()) else {
            self.errors
                .push(line(1), None, "text arena is full (over 4 GiB of evidence)");
            return;
        };
        self.text.push_str(&other.text);
        drop(std::mem::take(&mut other.text));
        let specs: Vec<u32> = other
            .obs
            .specs
            .iter()
            .map(|spec| {
                let key = [spec.max_score, spec.weight, spec.target].map(f64::to_bits);
                *self.spec_ix.entry(key).or_insert_with(|| {
                    self.obs.specs.push(*spec);
                    (self.obs.specs.len() - 1) as u32
                })
            })
            .collect();
        // Column by column, each of the other's columns freed once copied,
        // so the merge needs little more memory than the result. The copy is
        // mostly first touches of fresh pages, so two cores share it.
        let Observations {
            country,
            year,
            indicator,
            score,
            spec,
            specs: _,
            evidence,
            line: lines,
        } = std::mem::take(&mut other.obs);
        let Observations {
            country: to_country,
            year: to_year,
            indicator: to_indicator,
            score: to_score,
            spec: to_spec,
            evidence: to_evidence,
            line: to_line,
            specs: _,
        } = &mut self.obs;
        std::thread::scope(|scope| {
            scope.spawn(|| {
                to_country.extend(country.into_iter().map(|c| countries[c as usize]));
                to_year.extend(year.into_iter().map(|y| years[y as usize]));
                to_indicator.extend(indicator.into_iter().map(|i| indicators[i as usize]));
                to_spec.extend(spec.into_iter().map(|s| specs[s as usize]));
            });
            to_score.extend(score);
            to_evidence.extend(evidence.into_iter().map(|s| TextSpan {
                start: s.start.saturating_add(text_base),
                len: s.len,
            }));
            to_line.extend(
                lines
                    .into_iter()
                    .map(|l| u32::try_from(line(u64::from(l))).unwrap_or(u32::MAX)),
            );
        });
        self.errors.absorb(other.errors, line_offset);
    }

    pub(crate) fn finish(mut self, name: &str) -> Result<Dataset, LoadError> {
        if self.obs.is_empty() && self.errors.is_empty() {
            return Err(LoadError::at(
                name,
                2,
                None,
                "no data rows: the file has a header and nothing under it",
            ));
        }
        let mut years = self.seen_years.clone();
        years.sort_unstable();
        let remap: Vec<u16> = self
            .seen_years
            .iter()
            .map(|y| years.binary_search(y).unwrap_or(0) as u16)
            .collect();
        for y in &mut self.obs.year {
            *y = remap[*y as usize];
        }
        self.seen_years = years;
        let obs = &self.obs;
        let indicators = &self.indicators;
        let key = |i: usize| {
            let ind = obs.indicator[i];
            (
                obs.country[i],
                obs.year[i],
                indicators[ind as usize].pillar,
                ind,
                obs.line[i],
            )
        };
        // Files are usually written in this order already; then there is
        // nothing to move.
        if !(1..obs.len()).all(|i| key(i - 1) <= key(i)) {
            let mut perm: Vec<u32> = (0..obs.len() as u32).collect();
            perm.sort_unstable_by_key(|&i| key(i as usize));
            permute_all(&mut self.obs, &perm);
        }
        self.report_duplicates();
        let cells = self
            .countries
            .len()
            .saturating_mul(self.seen_years.len())
            .saturating_mul(self.pillars.len());
        let limit = combination_limit(self.obs.len());
        if cells > limit {
            self.errors.push(1, None, format!(
                "{} countries × {} years × {} pillars make {cells} combinations; {} rows may make at most {limit} ({COMBINATIONS_PER_ROW} a row, and never fewer than {COMBINATIONS_ANY_FILE})",
                self.countries.len(), self.seen_years.len(), self.pillars.len(), self.obs.len()
            ));
        }
        if !self.errors.is_empty() {
            return Err(self.errors.into_error(name));
        }
        let mut ds = Dataset {
            source: name.to_string(),
            countries: self.countries,
            years: self.seen_years,
            pillars: self.pillars,
            indicators: self.indicators,
            obs: self.obs,
            text: self.text,
            data_sources: self.sources,
            rows_without_source: self.rows_without_source,
            warnings: Vec::new(),
            slots: Vec::new(),
            aggs: Vec::new(),
        };
        if !self.header.unknown.is_empty() {
            ds.warnings
                .push(unknown_columns_warning(&self.header.unknown));
        }
        ds.index();
        Ok(ds)
    }

    /// Rows are sorted by (country, year, pillar, indicator, line), and an
    /// indicator has one pillar, so duplicates are neighbours.
    fn report_duplicates(&mut self) {
        let obs = &self.obs;
        let mut found = Vec::new();
        for i in 1..obs.len() {
            if obs.country[i] == obs.country[i - 1]
                && obs.year[i] == obs.year[i - 1]
                && obs.indicator[i] == obs.indicator[i - 1]
            {
                found.push((i - 1, i));
            }
        }
        for (first, dup) in found {
            let country = &self.countries[obs.country[dup] as usize].code;
            let who = if country.is_empty() {
                String::new()
            } else {
                format!("{}, ", short(country))
            };
            let msg = format!(
                "duplicate row for ({who}{}, {}): already given at line {}",
                self.seen_years[obs.year[dup] as usize],
                short(&self.indicators[obs.indicator[dup] as usize].id),
                obs.line[first],
            );
            self.errors.push(
                obs.line[dup] as u64,
                Some(self.column_names[Column::IndicatorId as usize]),
                msg,
            );
        }
    }
}

fn unknown_columns_warning(unknown: &[String]) -> String {
    const SHOWN: usize = 5;
    let names: Vec<String> = unknown.iter().take(SHOWN).map(|u| quote(u)).collect();
    let more = if unknown.len() > SHOWN {
        format!(" and {} more", unknown.len() - SHOWN)
    } else {
        String::new()
    };
    format!(
        "ignored {} unknown column{}: {}{more}",
        unknown.len(),
        if unknown.len() == 1 { "" } else { "s" },
        names.join(", ")
    )
}

/// Names to small ids, looked up by their bytes: a name seen before costs
/// one hash lookup, or none when it is the previous row's or the one after
/// it (files list the same indicators in the same order for every
/// country-year), and neither a UTF-8 check nor an allocation.
#[derive(Default)]
struct Interner {
    ids: FxHashMap<Box<[u8]>, u32>,
    /// Every name, by id.
    keys: Vec<Box<[u8]>>,
    last: Option<u32>,
}

impl Interner {
    fn get(&mut self, key: &[u8]) -> Option<u32> {
        if let Some(last) = self.last {
            for guess in [last, last + 1] {
                if self.keys.get(guess as usize).is_some_and(|k| **k == *key) {
                    self.last = Some(guess);
                    return Some(guess);
                }
            }
        }
        let id = *self.ids.get(key)?;
        self.last = Some(id);
        Some(id)
    }

    /// Ids are handed out in order: `id` is the number of names so far.
    fn insert(&mut self, key: &[u8], id: u32) {
        debug_assert_eq!(id as usize, self.keys.len());
        self.ids.insert(key.into(), id);
        self.keys.push(key.into());
        self.last = Some(id);
    }
}

/// A year cell: ASCII digits only.
pub(crate) fn parse_year(bytes: &[u8]) -> Option<i32> {
    if bytes.is_empty() || bytes.len() > 6 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(bytes.iter().fold(0, |y, &d| y * 10 + i32::from(d - b'0')))
}

fn arena_push(arena: &mut String, s: &str) -> Option<TextSpan> {
    let start = u32::try_from(arena.len()).ok()?;
    let len = u32::try_from(s.len()).ok()?;
    start.checked_add(len)?;
    arena.push_str(s);
    Some(TextSpan { start, len })
}

/// Plain decimals ("3", "2.5", "14.966142767950052" is too long) without a
/// UTF-8 check or the general parser. With at most 15 significant digits
/// the mantissa and the power of ten are both exact in f64, so one IEEE
/// division gives the correctly rounded value, the same as `str::parse`.
fn fast_decimal(bytes: &[u8], decimal_point: u8) -> Option<f64> {
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    if bytes.is_empty() || bytes.len() > 16 {
        return None;
    }
    let (mut mantissa, mut digits, mut frac) = (0u64, 0usize, None::<usize>);
    for &b in bytes {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                digits += 1;
                if let Some(f) = frac.as_mut() {
                    *f += 1;
                }
            }
            b if b == decimal_point && frac.is_none() => frac = Some(0),
            _ => return None,
        }
    }
    // "5." and "." are left to the general parser and its messages.
    if digits == 0 || digits > 15 || frac == Some(0) {
        return None;
    }
    Some(mantissa as f64 / POW10[frac.unwrap_or(0)])
}

/// Parses a number cell, refusing NaN and infinities.
pub(crate) fn parse_number(bytes: &[u8], decimal_comma: bool) -> Result<f64, String> {
    if let Some(v) = fast_decimal(bytes, if decimal_comma { b',' } else { b'.' }) {
        return Ok(v);
    }
    let Ok(s) = std::str::from_utf8(bytes) else {
        return Err(NOT_UTF8.to_string());
    };
    let s = s.trim();
    let normalized;
    let s = if decimal_comma && s.contains(',') {
        normalized = s.replacen(',', ".", 1);
        normalized.as_str()
    } else {
        s
    };
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        Ok(_) => Err(format!("{} is not a finite number", quote(s))),
        Err(_) if s.ends_with('%') => Err(format!(
            "{} is not a number: write the score without a % sign",
            quote(s)
        )),
        Err(_) => Err(format!("{} is not a number", quote(s))),
    }
}

fn permute<T: Copy>(v: &[T], perm: &[u32]) -> Vec<T> {
    perm.iter().map(|&i| v[i as usize]).collect()
}

/// Reorders every column; one column at a time, so the extra memory is one
/// column's worth, not the whole table's.
fn permute_all(obs: &mut Observations, perm: &[u32]) {
    obs.country = permute(&obs.country, perm);
    obs.year = permute(&obs.year, perm);
    obs.indicator = permute(&obs.indicator, perm);
    obs.score = permute(&obs.score, perm);
    obs.spec = permute(&obs.spec, perm);
    obs.evidence = permute(&obs.evidence, perm);
    obs.line = permute(&obs.line, perm);
}

#[cfg(test)]
#[path = "load_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "load_prop_tests.rs"]
mod prop_tests;
