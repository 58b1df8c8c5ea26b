// What other features use of the explorer: its promise-based dialogs (the folder picker, confirmations).
export { dialogs } from "./dialogs";
