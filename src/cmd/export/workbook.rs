//! `pledge export --out FILE.xlsx`: tables into a workbook, one sheet each.
//!
//! Rows are read on the calling thread and handed in batches to a writer thread that turns them
//! into sheets, so that the queries and the compression overlap. Nothing here chooses what is
//! exported or where: `export.rs` does.

use std::path::Path;

use anyhow::Result;

use super::{Source, write_file};
use crate::db::export::Export;
use crate::output::{self, Workbook};
use crate::temp;

/// Tables to a workbook, one sheet each (a table longer than a sheet holds goes on in more
/// sheets, said before any is written); row data waits in temporary files beside it.
pub(super) fn to_workbook(source: &Source, path: &Path, exports: &[&'static Export]) -> Result<()> {
    for export in exports {
        let rows = source.count(export)?;
        let sheets = output::sheet_names(export.name, rows, u64::from(output::SHEET_ROWS) - 1);
        if let [first, .., last] = sheets.as_slice() {
            eprintln!(
                "note: {} has {rows} rows, more than the 1,048,575 a sheet holds below its \
                 header: it takes {} sheets, `{first}` to `{last}`",
                export.name,
                sheets.len()
            );
        }
    }
    let tempdir = temp::folder_of(path);
    write_file(path, |out| {
        // The workbook is written on a second thread while this one reads the rows, so that
        // turning rows into sheets and compressing them overlaps the queries.
        std::thread::scope(|scope| {
            let (send, receive) = std::sync::mpsc::sync_channel::<Part>(QUEUED);
            let writer = scope.spawn(move || -> Result<()> {
                let mut book = Workbook::new(tempdir)?;
                for part in receive {
                    match part {
                        Part::Sheet(export) => book.sheet(export.name, export.columns)?,
                        Part::Rows(rows) => rows.iter().try_for_each(|row| book.row(row))?,
                    }
                }
                book.save(out)
            });
            let read = read_into(source, exports, &send);
            drop(send);
            // The writer's error first: when it stops, reading stops for want of a reader.
            writer.join().map_err(|_| anyhow::anyhow!("the workbook writer stopped"))??;
            read
        })
    })?;
    source.progress.finish_and_clear();
    let names: Vec<_> = exports.iter().map(|e| e.name).collect();
    eprintln!("wrote {}: {}", path.display(), names.join(", "));
    Ok(())
}

/// What the workbook writer is handed: a sheet to start, or its next rows.
enum Part {
    Sheet(&'static Export),
    Rows(Vec<Vec<Option<String>>>),
}

/// How many rows go to the workbook writer at once, and how many such batches may wait.
const BATCH: usize = 512;
const QUEUED: usize = 16;

/// Reads the rows of `exports` and hands them to the workbook writer in batches. Stops with an
/// error when the writer has stopped (its own error says why).
fn read_into(
    source: &Source,
    exports: &[&'static Export],
    send: &std::sync::mpsc::SyncSender<Part>,
) -> Result<()> {
    let gone = || anyhow::anyhow!("the workbook writer stopped");
    for export in exports {
        send.send(Part::Sheet(export)).map_err(|_| gone())?;
        source.progress.set_message(format!("exporting {}", export.name));
        source.progress.set_position(0);
        let mut batch = Vec::with_capacity(BATCH);
        source.cells(export, |v| {
            source.progress.inc(1);
            batch.push(v.to_vec());
            if batch.len() == BATCH {
                let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                send.send(Part::Rows(full)).map_err(|_| gone())?;
            }
            Ok(())
        })?;
        send.send(Part::Rows(batch)).map_err(|_| gone())?;
    }
    Ok(())
}
