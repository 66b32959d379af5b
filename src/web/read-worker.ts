// Worker thread: reads one page (HTML → article) off the bot's main thread, so members' questions
// are answered while a long page is parsed.
import { parentPort, workerData } from 'node:worker_threads';
import { htmlToArticle } from './html-to-article.js';

const { html, url } = workerData as { html: string; url: string | null };
try {
  parentPort!.postMessage({ article: htmlToArticle(html, url) });
} catch (err) {
  parentPort!.postMessage({ error: err instanceof Error ? err.message : String(err) });
}
