// The file formats the readers read, by extension: what the pane's picker and drop zone offer.
// Kept apart from the readers so the pane can list them without loading a reader.
export const SUPPORTED_EXTENSIONS = ["txt", "text", "md", "docx", "doc", "pdf", "html", "htm", "xhtml", "xlsx", "xlsm", "xls", "csv"] as const;
