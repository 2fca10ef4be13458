// Node has no CustomFunctions global: install the same stand-in the pane uses outside Excel.
import { installRuntimeFallback } from "../../src/functions/runtime-fallback";

installRuntimeFallback();
