// Gateway bot entry (also the per-shard script under start:sharded).
import { startBot } from './bot.js';

await startBot();
