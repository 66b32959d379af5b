import { openStore } from '/work/wt-match2/src/app/open.js';
import { createContext } from '/work/wt-match2/src/answer/create-engine.js';
import { readQuestion } from '/work/wt-match2/src/answer/question.js';
const [seeds, q] = process.argv.slice(2);
const { store } = await openStore({ seedsDir: seeds });
const ctx = createContext(store.index, store.readDocument);
const r = readQuestion(q!, ctx.corpus, ctx.index);
console.log(r.tokens.map((t:any,i:number)=>i+':'+t.text+'/'+t.pos+'/'+t.lemma+'/'+t.stem).join(' '));
console.log(JSON.stringify({...r, tokens: undefined, focus: r.focus.map((e:any)=>e.name)}, (k,v)=> v instanceof Map ? [...v] : v instanceof Set ? [...v] : v).slice(0,2000));
