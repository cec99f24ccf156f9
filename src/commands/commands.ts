// The manifest's FunctionFile: the ribbon button only opens the task pane (ShowTaskpane),
// so this runtime has no commands to register; it must still call Office.onReady to load.
Office.onReady(() => undefined);
