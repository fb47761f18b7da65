/** What a role, title or description says about a person's gender, when it says anything. */
export type Gender = 'female' | 'male';

// Possessives ("her co-star", "his lawyer") say nothing of the person they describe, so they are not here.
const FEMALE = /\b(?:mrs\.?|ms\.?|miss|dame|lady|queen|madam|mother|mum|mom|wife|daughter|sister|grandmother|gran|granny|aunt|niece|girl|girlfriend|bride|widow|actress|waitress|hostess|headmistress|duchess|countess|empress|princess|stewardess|heiress|\w*woman|\w*women)\b/i;
const MALE = /\b(?:mr\.?|sir|lord|king|prince|father|dad|husband|son|brother|grandfather|grandad|uncle|nephew|boy|boyfriend|groom|widower|man|spokesman|chairman|congressman|businessman|assemblyman|councilman|alderman|fireman|policeman|sportsman|frontman|statesman|fisherman|countryman|englishman|frenchman|dutchman|irishman|scotsman|welshman)\b/i;

export function genderOf(words: string | null | undefined): Gender | null {
  if (!words) return null;
  if (FEMALE.test(words)) return 'female';
  if (MALE.test(words)) return 'male';
  return null;
}

/** The gender a pronoun stands for; "they", "we", "it" and "you" say nothing. */
export function pronounGender(pronoun: string): Gender | null {
  if (pronoun === 'she') return 'female';
  if (pronoun === 'he') return 'male';
  return null;
}
