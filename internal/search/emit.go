package search

import "skillbook/internal/output"

// ExportTo is Export handing the files, in batches as they are made, to
// emit, which may be called from several goroutines at once: a build
// writes them into its staging folder and lets their data go
// (output.Staging.Add) instead of holding the whole export (190 MB at
// 10,000 skill points of real text) until the end. It returns every file.
func (ix *Index) ExportTo(emit func([]output.File)) []output.File {
	ix.emitting = emit
	defer func() { ix.emitting = nil }()
	return ix.Export()
}

// emit hands files to the receiver of ExportTo, if any, and returns them.
func (ix *Index) emit(files []output.File) []output.File {
	if ix.emitting != nil {
		ix.emitting(files)
	}
	return files
}
