// Common English first names that nearly always name a man or a woman, so that "she" does not
// fall to "Donald ..." nor "he" to "Hillary ..." when no title ("Mr.", "Mrs.") marks the sex. A
// short list of frequent given names (names given to both, such as Chris, Terry, Jordan or Kim, are
// left out on purpose): a name not on it says nothing, and the tracker falls back on the last person.

const MALE = `aaron adam alan albert alexander andrew anthony arthur barack ben benjamin bernie bill billy bob bobby
brandon brian bruce carl charles christopher daniel david dennis donald douglas edward eric eugene frank fred
gary george gerald gregory harold harry henry howard jack jacob james jason jeff jeffrey jeremy jerry jesse jim
jimmy joe joel john johnny jonathan joseph joshua juan justin keith kenneth kevin larry lawrence louis mark martin
matthew michael mike mitch mitt nathan nicholas patrick paul peter philip phillip ralph randy raymond richard rick
robert roger ronald roy russell ryan samuel scott sean stephen steve steven thomas timothy todd tom tony victor
vincent vladimir walter wayne william willie`;

const FEMALE = `abigail alice alicia amanda amy andrea angela ann anna anne barbara betty beverly brenda carol caroline
catherine cheryl christina christine cynthia deborah debra denise diana diane donna doris dorothy elizabeth emily
emma evelyn frances gloria hannah heather helen hillary ivanka jacqueline janet janice jennifer jessica joan joyce
judith judy julia julie karen katherine kathleen kathryn laura lauren linda lisa lois loretta margaret maria
marie marilyn martha mary megan melania melanie melissa michelle nancy nicole olivia pamela patricia rachel rebecca
rose ruth sandra sara sarah sharon shirley stephanie susan teresa theresa victoria`;

const SEX = new Map<string, 'm' | 'f'>([
  ...MALE.split(/\s+/).map((n) => [n, 'm'] as const),
  ...FEMALE.split(/\s+/).map((n) => [n, 'f'] as const),
]);

/** The sex a person's first name nearly always marks, or null. */
export function sexOfFirstName(name: string): 'm' | 'f' | null {
  return SEX.get(name.toLowerCase()) ?? null;
}
