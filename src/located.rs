//! Errors in the data files clausier reads (rule packs, `clausier.toml`): what is
//! wrong, in which file, with a label at the place, as miette renders it.

use miette::{Diagnostic, LabeledSpan, NamedSource};
use std::fmt;
use std::ops::Range;

#[derive(Debug, Diagnostic)]
#[diagnostic(code(clausier::data_file))]
pub struct DataFileError {
    pub message: String,
    #[source_code]
    pub source_code: NamedSource<String>,
    #[label(collection)]
    pub labels: Vec<LabeledSpan>,
    #[help]
    pub help: Option<String>,
}

impl DataFileError {
    /// An error in the file `name` whose text is `source`, labelled at `span`
    /// (with `label`, or the message itself).
    pub fn new(
        name: &str,
        source: &str,
        message: impl Into<String>,
        span: Option<Range<usize>>,
        label: Option<&str>,
        help: Option<String>,
    ) -> Box<DataFileError> {
        let message = message.into();
        let label = label.unwrap_or(&message).to_string();
        Box::new(DataFileError {
            labels: span
                .map(|s| LabeledSpan::new_with_span(Some(label), s))
                .into_iter()
                .collect(),
            message,
            source_code: NamedSource::new(name, source.to_string()),
            help,
        })
    }
}

impl fmt::Display for DataFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source_code.name(), self.message)
    }
}

impl std::error::Error for DataFileError {}
