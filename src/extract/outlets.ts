/**
 * News organisations, as data: the agencies and outlets whose stories the
 * web copies, each with the names it is credited under and the hosts it
 * publishes on. Credit lines ("(AP) —", "according to Reuters", "DW
 * reported") and a page's own identity (its site name, its host) are matched
 * against them, so that "Associated Press", "AP" and apnews.com are one outlet.
 */

export interface Outlet {
  /** The name credits are reported under. */
  name: string;
  /** Every way text credits it (regular expression source, case-sensitive: "AP", not "ap"). */
  credited: string;
  hosts: readonly string[];
}

export const OUTLETS: readonly Outlet[] = [
  { name: "AP", credited: "AP|Associated Press", hosts: ["apnews.com", "ap.org"] },
  { name: "Reuters", credited: "Reuters|REUTERS", hosts: ["reuters.com"] },
  { name: "AFP", credited: "AFP|Agence France[- ]Presse", hosts: ["afp.com"] },
  { name: "Bloomberg", credited: "Bloomberg(?: News)?", hosts: ["bloomberg.com"] },
  { name: "UPI", credited: "UPI|United Press International", hosts: ["upi.com"] },
  { name: "dpa", credited: "dpa|DPA|Deutsche Presse-Agentur", hosts: ["dpa.com"] },
  { name: "PA", credited: "PA Media|PA|Press Association", hosts: ["pa.media"] },
  { name: "AAP", credited: "AAP|Australian Associated Press", hosts: ["aap.com.au"] },
  { name: "CP", credited: "The Canadian Press|Canadian Press", hosts: ["thecanadianpress.com"] },
  { name: "PTI", credited: "PTI|Press Trust of India", hosts: ["ptinews.com"] },
  { name: "ANI", credited: "ANI|Asian News International", hosts: ["aninews.in"] },
  { name: "IANS", credited: "IANS", hosts: ["ians.in"] },
  { name: "Xinhua", credited: "Xinhua", hosts: ["xinhuanet.com", "news.cn"] },
  { name: "TASS", credited: "TASS", hosts: ["tass.com"] },
  { name: "Kyodo", credited: "Kyodo(?: News)?", hosts: ["kyodonews.net"] },
  { name: "Yonhap", credited: "Yonhap", hosts: ["yna.co.kr"] },
  { name: "Anadolu", credited: "Anadolu(?: Agency)?", hosts: ["aa.com.tr"] },
  { name: "EFE", credited: "EFE", hosts: ["efe.com"] },
  { name: "ANSA", credited: "ANSA", hosts: ["ansa.it"] },
  { name: "CNN", credited: "CNN", hosts: ["cnn.com"] },
  { name: "BBC", credited: "BBC(?: News)?", hosts: ["bbc.co.uk", "bbc.com"] },
  { name: "CNBC", credited: "CNBC", hosts: ["cnbc.com"] },
  { name: "CBS News", credited: "CBS News|CBS", hosts: ["cbsnews.com"] },
  { name: "NBC News", credited: "NBC News|NBC", hosts: ["nbcnews.com"] },
  { name: "ABC News", credited: "ABC News", hosts: ["abcnews.go.com"] },
  { name: "Fox News", credited: "Fox News|FOX News|Fox Business|FOX Business", hosts: ["foxnews.com", "foxbusiness.com"] },
  { name: "NPR", credited: "NPR", hosts: ["npr.org"] },
  { name: "The New York Times", credited: "(?:The )?New York Times|NYT", hosts: ["nytimes.com"] },
  { name: "The Washington Post", credited: "(?:The )?Washington Post", hosts: ["washingtonpost.com"] },
  { name: "The Wall Street Journal", credited: "(?:The )?Wall Street Journal|WSJ", hosts: ["wsj.com"] },
  { name: "The Guardian", credited: "(?:The )?Guardian", hosts: ["theguardian.com"] },
  { name: "Financial Times", credited: "(?:The )?Financial Times|FT", hosts: ["ft.com"] },
  { name: "DW", credited: "DW|Deutsche Welle", hosts: ["dw.com"] },
  { name: "Al Jazeera", credited: "Al Jazeera", hosts: ["aljazeera.com"] },
  { name: "Sky News", credited: "Sky News", hosts: ["news.sky.com"] },
  { name: "Politico", credited: "Politico|POLITICO", hosts: ["politico.com"] },
  { name: "Axios", credited: "Axios", hosts: ["axios.com"] },
  { name: "The Hill", credited: "The Hill", hosts: ["thehill.com"] },
  { name: "Business Insider", credited: "Business Insider|Insider", hosts: ["businessinsider.com"] },
];

/** Alternation of every credited name, longest first, for the credit patterns. */
export const OUTLET_NAMES = OUTLETS.flatMap((o) => o.credited.split("|"))
  .sort((a, b) => b.length - a.length)
  .join("|");

const MATCHERS = OUTLETS.map((o) => [new RegExp(`^(?:${o.credited})$`, "u"), o.name] as const);

/** The outlet a credited name stands for, if it is one we know. */
export function outletNamed(name: string): string | undefined {
  const clean = name.trim().replace(/^the\s+/i, (t) => (t.startsWith("T") ? t : "The "));
  return MATCHERS.find(([re]) => re.test(clean) || re.test(clean.replace(/^The /, "")))?.[1];
}

/** The outlet a host publishes, if it is one we know (subdomains included). */
export function outletOfHost(host: string): string | undefined {
  const h = host.toLowerCase().replace(/^www\./, "");
  return OUTLETS.find((o) => o.hosts.some((x) => h === x || h.endsWith(`.${x}`)))?.name;
}
