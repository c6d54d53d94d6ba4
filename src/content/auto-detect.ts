/** Content script for every other site (opt-in): detect aggregator copies for the badge only. */
import { startAutoMode } from './auto-mode.ts'

startAutoMode('detect')
