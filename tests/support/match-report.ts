// A match report written for the tests of how users ask about a game: a cup tie won from two
// goals down, a penalty, a sending-off, both managers quoted, the next round's draw and the crowd.
export const CUP_TIE_REPORT = [
  'title: Ashgate City stun Pelham Rovers in FA Cup thriller\ndate: 2025-01-26',
  'Ashgate City came from two goals down to beat Pelham Rovers 3-2 in the FA Cup fourth round at Harnley Park on Saturday.',
  'Rovers took the lead after 12 minutes when Callum Deverell curled a free kick into the top corner. Deverell doubled the advantage on the half hour with a low shot from the edge of the area.',
  'City were reduced to ten men in the 38th minute when defender Tomasz Wrobel was sent off for a second yellow card.',
  'Despite the setback, City pulled a goal back before half-time through Jonah Pike. Rovers goalkeeper Alfie Marsh fouled Pike in the box early in the second half, and Ruben Okafor converted the penalty to level the score.',
  'Substitute Declan Frayne headed the winner from a corner in the 87th minute, sending the travelling fans into raptures.',
  'The goals from Pike, Okafor and Frayne gave City their first win at Harnley Park since 1998.',
  '"I\'m so proud of the players. To come back from two down with ten men shows the character in this dressing room," City manager Helen Brandauer said after the match.',
  'Rovers manager Stuart Keele said his side had been punished for sitting back. "We stopped playing after the second goal and we paid for it," Keele said.',
  'A crowd of 18,432 watched the match, the biggest attendance at Harnley Park this season.',
  'City will host Mardale United in the fifth round, after the draw was made on Monday evening. The tie will be played on February 8.',
].join('\n\n');
