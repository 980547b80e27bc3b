package io.orderdesk.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * 택배사 ({@code deliveryCompanyCode}): every carrier the API accepts, in the order Naver lists them. The codes are
 * Naver's own and not always the carrier's brand: 롯데택배 is {@code HYUNDAI} and 로젠택배 is {@code KGB}. Member names
 * equal the codes except {@link #HOME_1004}, whose code {@code 1004HOME} is not a Java name. Naver adds carriers over
 * time, so an unlisted code is kept as received (see {@link Coded}) rather than rejected.
 */
public enum DeliveryCompany implements CodedEnum {

    CJGLS("CJGLS", "CJ대한통운"),
    HYUNDAI("HYUNDAI", "롯데택배"),
    HANJIN("HANJIN", "한진택배"),
    KGB("KGB", "로젠택배"),
    EPOST("EPOST", "우체국택배"),
    MTINTER("MTINTER", "엠티인터내셔널"),
    HOME_1004("1004HOME", "1004HOME"),
    TWOFASTEXPRESS("TWOFASTEXPRESS", "2FAST익스프레스"),
    ACE("ACE", "ACEexpress"),
    ACIEXPRESS("ACIEXPRESS", "ACI"),
    ADCAIR("ADCAIR", "ADC항운택배"),
    AIRWAY("AIRWAY", "AIRWAY익스프레스"),
    APEX("APEX", "APEX"),
    ARAMEX("ARAMEX", "ARAMEX"),
    ARGO("ARGO", "ARGO"),
    AIRBOY("AIRBOY", "AirboyExpress"),
    KOREXG("KOREXG", "CJ대한통운(국제택배)"),
    CUPARCEL("CUPARCEL", "CU편의점택배"),
    CWAYEXPRESS("CWAYEXPRESS", "CwayExpress"),
    DHL("DHL", "DHL"),
    DHLDE("DHLDE", "DHL(독일)"),
    DHLGLOBALMAIL("DHLGLOBALMAIL", "DHLGlobalMail"),
    DPD("DPD", "DPD"),
    ECMSEXPRESS("ECMSEXPRESS", "ECMSExpress"),
    EFS("EFS", "EFS"),
    EMS("EMS", "EMS"),
    EZUSA("EZUSA", "EZUSA"),
    EUROPARCEL("EUROPARCEL", "EuroParcel"),
    FEDEX("FEDEX", "FEDEX"),
    GOP("GOP", "GOP당일택배"),
    GOS("GOS", "GOS당일택배"),
    GPSLOGIX("GPSLOGIX", "GPSLOGIX"),
    GSFRESH("GSFRESH", "GSFresh"),
    GSIEXPRESS("GSIEXPRESS", "GSI익스프레스"),
    GSMNTON("GSMNTON", "GSMNTON"),
    GSPOSTBOX("GSPOSTBOX", "GSPostbox퀵"),
    CVSNET("CVSNET", "GSPostbox택배"),
    GSTHEFRESH("GSTHEFRESH", "GS더프레시"),
    GTSLOGIS("GTSLOGIS", "GTS로지스"),
    HYBRID("HYBRID", "HI택배"),
    HY("HY", "HY"),
    IK("IK", "IK물류"),
    KGLNET("KGLNET", "KGL네트웍스"),
    KT("KT", "KT EXPRESS"),
    LGE("LGE", "LG전자배송센터"),
    LTL("LTL", "LTL"),
    NDEXKOREA("NDEXKOREA", "NDEX KOREA"),
    SBGLS("SBGLS", "SBGLS"),
    SFEX("SFEX", "SFexpress"),
    SLX("SLX", "SLX택배"),
    SSG("SSG", "SSG"),
    TNT("TNT", "TNT"),
    LOGISPARTNER("LOGISPARTNER", "UFO로지스"),
    UPS("UPS", "UPS"),
    USPS("USPS", "USPS"),
    WIZWA("WIZWA", "WIZWA"),
    YJSWORLD("YJSWORLD", "YJS글로벌"),
    YJS("YJS", "YJS글로벌(영국)"),
    YUNDA("YUNDA", "YUNDAEXPRESS"),
    IPARCEL("IPARCEL", "i-parcel"),
    KY("KY", "건영복합물류"),
    KUNYOUNG("KUNYOUNG", "건영택배"),
    KDEXP("KDEXP", "경동택배"),
    KIN("KIN", "경인택배"),
    KORYO("KORYO", "고려택배"),
    GDSP("GDSP", "골드스넵스"),
    KOKUSAI("KOKUSAI", "국제익스프레스"),
    GOODTOLUCK("GOODTOLUCK", "굿투럭"),
    NAEUN("NAEUN", "나은물류"),
    NOGOK("NOGOK", "노곡물류"),
    NONGHYUP("NONGHYUP", "농협택배"),
    HANAROMART("HANAROMART", "농협하나로마트"),
    DAELIM("DAELIM", "대림통운"),
    DAESIN("DAESIN", "대신택배"),
    DAEWOON("DAEWOON", "대운글로벌"),
    THEBAO("THEBAO", "더바오"),
    DODOFLEX("DODOFLEX", "도도플렉스"),
    DONGGANG("DONGGANG", "동강물류"),
    DONGJIN("DONGJIN", "동진특송"),
    CHAINLOGIS("CHAINLOGIS", "두발히어로당일택배"),
    DRABBIT("DRABBIT", "딜리래빗"),
    JMNP("JMNP", "딜리박스"),
    ONEDAYLOGIS("ONEDAYLOGIS", "라스트마일"),
    LINEEXP("LINEEXP", "라인익스프레스"),
    ROADSUNEXPRESS("ROADSUNEXPRESS", "로드썬익스프레스"),
    LOGISVALLEY("LOGISVALLEY", "로지스밸리"),
    POOLATHOME("POOLATHOME", "로지스올홈케어(풀앳홈)"),
    LOTOS("LOTOS", "로토스"),
    HLCGLOBAL("HLCGLOBAL", "롯데글로벌로지스(국제택배)"),
    LOTTECHILSUNG("LOTTECHILSUNG", "롯데칠성"),
    MDLOGIS("MDLOGIS", "모든로지스(SLO)"),
    DASONG("DASONG", "물류대장"),
    BABABA("BABABA", "바바바로지스"),
    BANPOOM("BANPOOM", "반품구조대"),
    VALEX("VALEX", "발렉스"),
    SHIPNERGY("SHIPNERGY", "배송하기좋은날"),
    PANTOS("PANTOS", "LX판토스"),
    VROONG("VROONG", "부릉"),
    BRIDGE("BRIDGE", "브릿지로지스"),
    EKDP("EKDP", "삼다수가정배송"),
    SELC("SELC", "삼성전자물류"),
    SEORIM("SEORIM", "서림물류"),
    SWGEXP("SWGEXP", "성원글로벌"),
    SUNGHUN("SUNGHUN", "성훈물류"),
    SEBANG("SEBANG", "세방택배"),
    SMARTLOGIS("SMARTLOGIS", "스마트로지스"),
    SPARKLE("SPARKLE", "스파클직배송"),
    SPASYS1("SPASYS1", "스페이시스원"),
    CRLX("CRLX", "시알로지텍"),
    ANYTRACK("ANYTRACK", "애니트랙"),
    ABOUTPET("ABOUTPET", "어바웃펫"),
    ESTHER("ESTHER", "에스더쉬핑"),
    VENDORPIA("VENDORPIA", "벤더피아"),
    ACTCORE("ACTCORE", "에이씨티앤코아"),
    HKHOLDINGS("HKHOLDINGS", "에이치케이홀딩스"),
    NTLPS("NTLPS", "엔티엘피스"),
    TODAYPICKUP("TODAYPICKUP", "카카오T당일배송"),
    RUSH("RUSH", "오늘회러쉬"),
    ALLIN("ALLIN", "올인닷컴"),
    ALLTAKOREA("ALLTAKOREA", "올타코리아"),
    WIDETECH("WIDETECH", "와이드테크"),
    YONGMA("YONGMA", "용마로지스"),
    DCOMMERCE("DCOMMERCE", "우리동네커머스"),
    WEVILL("WEVILL", "우리동네택배"),
    HONAM("HONAM", "우리택배"),
    WOORIHB("WOORIHB", "우리한방택배"),
    WOOJIN("WOOJIN", "우진인터로지스"),
    REGISTPOST("REGISTPOST", "우편등기"),
    WOONGJI("WOONGJI", "웅지익스프레스"),
    WARPEX("WARPEX", "워펙스"),
    WINION("WINION", "위니온로지스"),
    WIHTYOU("WIHTYOU", "위드유당일택배"),
    WEMOVE("WEMOVE", "위무브"),
    UFREIGHT("UFREIGHT", "유프레이트코리아"),
    EUNHA("EUNHA", "은하쉬핑"),
    INNOS("INNOS", "이노스(올인닷컴)"),
    EMARTEVERYDAY("EMARTEVERYDAY", "이마트에브리데이"),
    ESTLA("ESTLA", "이스트라"),
    ETOMARS("ETOMARS", "이투마스"),
    GENERALPOST("GENERALPOST", "일반우편"),
    ILSHIN("ILSHIN", "일신모닝택배"),
    ILYANG("ILYANG", "일양로지스"),
    GNETWORK("GNETWORK", "자이언트"),
    ZENIEL("ZENIEL", "제니엘시스템"),
    JLOGIST("JLOGIST", "제이로지스트"),
    GENIEGO("GENIEGO", "지니고당일특급"),
    GDAKOREA("GDAKOREA", "지디에이코리아"),
    GHSPEED("GHSPEED", "지에이치스피드"),
    JIKGUMOON("JIKGUMOON", "직구문"),
    CHUNIL("CHUNIL", "천일택배"),
    CHOROC("CHOROC", "초록마을(외부연동)"),
    CHOROCMAEUL("CHOROCMAEUL", "초록마을(네이버직연동)"),
    COSHIP("COSHIP", "캐나다쉬핑"),
    KJT("KJT", "케이제이티"),
    QRUN("QRUN", "큐런"),
    CUBEFLOW("CUBEFLOW", "큐브플로우"),
    QXPRESS("QXPRESS", "트랙스로지스"),
    HEREWEGO("HEREWEGO", "탱고앤고"),
    TOMATO("TOMATO", "토마토앱"),
    TODAY("TODAY", "투데이"),
    TSG("TSG", "티에스지로지스"),
    TEAMFRESH("TEAMFRESH", "팀프레시"),
    PATEK("PATEK", "파테크해운상공"),
    XINPATEK("XINPATEK", "파테크해운항공"),
    PANASIA("PANASIA", "판월드로지스틱"),
    PANSTAR("PANSTAR", "팬스타국제특송(PIEX)"),
    FOREVER("FOREVER", "퍼레버택배"),
    PULMUONE("PULMUONE", "풀무원(로지스밸리)"),
    FREDIT("FREDIT", "프레딧"),
    FRESHMATES("FRESHMATES", "프레시메이트"),
    KURLY("KURLY", "컬리넥스트마일"),
    PINGPONG("PINGPONG", "핑퐁"),
    HOWSER("HOWSER", "하우저"),
    HIVECITY("HIVECITY", "하이브시티"),
    HANDALUM("HANDALUM", "한달음택배"),
    HANDEX("HANDEX", "한덱스"),
    HANMI("HANMI", "한미포스트"),
    HANSSEM("HANSSEM", "한샘"),
    HANWOORI("HANWOORI", "한우리물류"),
    HPL("HPL", "한의사랑택배"),
    HDEXP("HDEXP", "합동택배"),
    HERWUZUG("HERWUZUG", "허우적"),
    GLOVIS("GLOVIS", "현대글로비스"),
    HOMEINNO("HOMEINNO", "홈이노베이션로지스"),
    HOMEPICKTODAY("HOMEPICKTODAY", "홈픽오늘도착"),
    HOMEPICK("HOMEPICK", "홈픽택배"),
    HOMEPLUSDELIVERY("HOMEPLUSDELIVERY", "홈플러스"),
    HOMEPLUSEXPRESS("HOMEPLUSEXPRESS", "홈플러스익스프레스"),
    CARGOPLEASE("CARGOPLEASE", "화물을부탁해"),
    HWATONG("HWATONG", "화통"),
    CH1("CH1", "기타택배"),
    LETUS("LETUS", "바로스"),
    LETUS3PL("LETUS3PL", "레터스"),
    CASA("CASA", "신세계까사"),
    GCS("GCS", "지씨에스"),
    GKGLOBAL("GKGLOBAL", "지케이글로벌"),
    BRCH("BRCH", "비알씨에이치"),
    DNDN("DNDN", "든든택배"),
    GONELO("GONELO", "고넬로"),
    JCLS("JCLS", "JCLS"),
    JWTNL("JWTNL", "JWTNL"),
    GS25("GS25", "GS편의점(퀵배달용)"),
    CU("CU", "CU편의점(퀵배달용)"),
    /** Any carrier code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    DeliveryCompany(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The carriers whose Korean name or code contains {@code query}, in list order. Case and spaces are ignored, since
     * staff type "우체국 택배" as readily as "우체국택배". A blank or null query returns every carrier. {@link #UNKNOWN} is
     * never part of the result.
     */
    public static List<DeliveryCompany> search(String query) {
        String needle = normalize(query == null ? "" : query);
        return Arrays.stream(values())
                .filter(company -> company != UNKNOWN)
                .filter(company -> company.matches(needle))
                .toList();
    }

    private boolean matches(String needle) {
        return normalize(label).contains(needle) || normalize(code).contains(needle);
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
