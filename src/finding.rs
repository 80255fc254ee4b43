//! Findings and verdicts: plain data that reporters render. A finding is not an
//! error: errors are files that could not be read or rule files that cannot load.

use crate::model::Format;
use crate::rules::Severity;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Weak,
    Missing,
    Contrary,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Weak => "weak",
            Status::Missing => "missing",
            Status::Contrary => "contrary",
        }
    }
}

/// A passage of the document: a block and a byte range in its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Passage {
    /// 0-based block index.
    pub block: usize,
    pub start: usize,
    pub end: usize,
    /// The sentence around the passage, as written.
    pub excerpt: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub code: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    pub severity: Severity,
    pub message: String,
    pub help: String,
    pub reference: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// None when the finding is about the whole document (a family missing).
    pub passage: Option<Passage>,
    /// The clause to write, in the report's language, and where it goes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<Model>,
    /// How the passage's clause was read, for a rule decided on clause frames:
    /// "bearer=provider force=permission action=[delete(supprimer)] …".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<String>,
}

/// A model clause in one language, and where it belongs in the contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Model {
    pub text: String,
    pub placement: crate::rules::Placement,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ElementState {
    Bound,
    Hedged,
    Partial,
    Missing,
}

#[derive(Debug, Clone, Serialize)]
pub struct ElementVerdict {
    pub id: String,
    pub label: String,
    pub state: ElementState,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub passage: Option<Passage>,
}

/// One family's status and what decided it.
#[derive(Debug, Clone, Serialize)]
pub struct FamilyVerdict {
    pub id: String,
    pub title: String,
    pub status: Status,
    pub elements: Vec<ElementVerdict>,
    /// Codes of the findings that decided the status.
    pub decided_by: Vec<String>,
}

/// Everything clausier says about one file.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub path: PathBuf,
    pub format: Format,
    pub families: Vec<FamilyVerdict>,
    pub findings: Vec<Finding>,
    pub warnings: Vec<String>,
}
