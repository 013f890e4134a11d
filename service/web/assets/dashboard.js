// The auditor dashboard: draws the on-time rate chart from the table on the page.
