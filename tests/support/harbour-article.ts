// An article written for the conversation and terminal tests: two speakers, an organisation
// and a place, each quoted, so follow-ups have someone to point at.
export const HARBOUR_ARTICLE = `title: Harbour council debates the new ferry line
date: 2024-05-14

The Harbour Council met in Lindqvist on Monday to debate a new ferry line to the northern islands. Harbour master Ingrid Solberg opened the meeting.

Council chair Marta Okonkwo said that the ferry line would cut travel times by half. "We have waited ten years for this crossing," Okonkwo said.

Opposition leader Tomas Brandt said that the council had ignored the fishermen. Brandt added that the ferry would cost 40 million euros.

The Fishermen's Union said in a statement that the harbour must stay open to fishing boats. The union also warned of a strike in June.

Okonkwo later said that the council would meet the union before the vote.
`;
