import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.ts';

/** Paths pino replaces with "[redacted]": the token wherever it could appear in a logged object. */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'config.DISCORD_TOKEN',
  'headers.authorization',
  '*.headers.authorization',
  'authorization',
  '*.authorization',
];

/** The bot's logger: JSON lines to stderr (stdout belongs to the console), the token redacted. */
export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'DISCORD_TOKEN'>, destination: DestinationStream = pino.destination(2)): Logger {
  const token = config.DISCORD_TOKEN;
  return pino(
    {
      level: config.LOG_LEVEL,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // A token pasted into an error message or debug string is not caught by path redaction.
      hooks: token
        ? {
            streamWrite: (line: string) => line.split(token).join('[redacted]'),
          }
        : {},
    },
    destination,
  );
}

/** Logs how reading ahead on a serving index ended (see ArchiveHolder's `readAhead`). */
export function readAheadLog(log: Logger): (outcome: 'done' | 'stopped', ms: number) => void {
  return (outcome, ms) => log.debug({ ms: Math.round(ms) }, outcome === 'done' ? 'archive read ahead' : 'reading ahead stopped: another version serves');
}
