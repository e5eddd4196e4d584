//! The action plan of a country-year too large to plan between two keys,
//! made on another thread. At a million indicators in one country-year the
//! plan takes about a second; made on the UI thread, that second is a
//! frozen screen and keys, Ctrl-C included, left unanswered. The plan is
//! pure computation on data that does not change under it (the data is
//! shared, the scenario copied), so the thread needs no lock: the Gaps pane
//! says the plan is being worked out, and the event loop collects it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::model::plan::{self, Plan};
use crate::model::scenario::Scenario;
use crate::model::{CountryIx, Dataset, YearIx};

/// Country-years up to this many rows are planned at once, in well under a
/// frame (about 20 ms in a release build); larger ones on another thread.
pub const INLINE_ROWS: usize = 20_000;

/// A plan being made.
pub struct PlanJob {
    pub country: CountryIx,
    pub year: YearIx,
    /// Rows of the country-year, for the pane to say what it is doing.
    pub rows: usize,
    result: Receiver<Plan>,
    /// Set when the plan is no longer wanted (the scenario or the data
    /// changed, or the user went elsewhere): the thread stops early.
    cancel: Arc<AtomicBool>,
}

/// What became of a job when asked.
pub enum Polled {
    Pending,
    Done(Box<Plan>),
    /// The thread ended without a plan.
    Failed,
}

impl PlanJob {
    pub fn start(ds: Arc<Dataset>, scenario: Scenario, c: CountryIx, y: YearIx) -> PlanJob {
        let (tx, result) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&cancel);
        let rows = ds.rows(c, y).len();
        std::thread::spawn(move || {
            if let Some(p) = plan::plan_unless(&ds, &scenario, c, y, None, &stop) {
                // Nobody is listening when the job was dropped meanwhile.
                let _ = tx.send(p);
            }
        });
        PlanJob {
            country: c,
            year: y,
            rows,
            result,
            cancel,
        }
    }

    pub fn poll(&self) -> Polled {
        match self.result.try_recv() {
            Ok(p) => Polled::Done(Box::new(p)),
            Err(TryRecvError::Empty) => Polled::Pending,
            Err(TryRecvError::Disconnected) => Polled::Failed,
        }
    }

    /// Waits for the plan: for tests, which must not depend on timing.
    pub fn wait(&self) -> Option<Plan> {
        self.result.recv().ok()
    }
}

impl Drop for PlanJob {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

impl super::App {
    /// The plan of the selected country-year: made at once when it is
    /// small, else started on another thread (`None` until it is done).
    pub(super) fn start_plan(&mut self) -> Option<Plan> {
        let (c, y) = (self.country, self.year);
        let rows = self.ds.rows(c, y).len();
        if rows == 0 {
            None
        } else if rows <= INLINE_ROWS {
            Some(plan::plan(&self.ds, &self.scenario, c, y, None))
        } else {
            let (ds, scenario) = (Arc::clone(&self.ds), self.scenario.clone());
            self.plan_job = Some(PlanJob::start(ds, scenario, c, y));
            None
        }
    }

    /// Rows of the country-year whose plan is being made, if one is.
    pub fn plan_pending(&self) -> Option<usize> {
        self.plan_job.as_ref().map(|j| j.rows)
    }

    /// Collects a plan made on another thread, if it is done; whether the
    /// screen changed. The event loop calls this between keys.
    pub fn poll_work(&mut self) -> bool {
        let Some(job) = &self.plan_job else {
            return false;
        };
        match job.poll() {
            Polled::Pending => false,
            Polled::Done(plan) => {
                self.plan_job = None;
                self.view.plan = Some(*plan);
                true
            }
            Polled::Failed => {
                self.plan_job = None;
                self.warn("The action plan could not be made");
                true
            }
        }
    }

    /// Waits for a plan being made on another thread: for tests and
    /// benchmarks, which must not depend on timing.
    pub fn wait_for_plan(&mut self) {
        if let Some(job) = self.plan_job.take() {
            self.view.plan = job.wait();
        }
    }
}

#[cfg(test)]
#[path = "plan_job_tests.rs"]
mod tests;
