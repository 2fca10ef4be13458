import { installRuntimeFallback } from "./runtime-fallback";

installRuntimeFallback();
