"""Class lists made the way front desks make them, for test-cli-spreadsheets.py.

A GBK CSV as WPS saves it (Chinese headers, a 序号 and a 备注 column, dates typed five ways), an XLSX
with a title row, a spaced full-width header, real date cells and ID numbers kept as text, and an ODS
with date cells and the million repeated empty rows LibreOffice writes at the end.
"""
import datetime
import os
import zipfile

import openpyxl

GBK_ROWS = [
    "序号,姓名,身份证号码,报考城市,申报等级,参加工作时间,证书等级,发证日期,学历,是否相关专业,毕业时间,参保地,备注",
    "1,陈小红,440106199003071231,广州市,三级/高级工,2012/7/1,,,,,,广州,",
    "2,李明,441900198506124560,东莞,高级工,2014.9.1,四级,2020年6月30日,,,,东莞市,老学员",
    "3,王芳,440604199201157890,佛山,3,20180901,,,大专,是,2018-06-30,佛山,",
    "4,赵强,441302197908082469,惠州,三级,1995/2/30,,,,,,惠州,",
    "5,周杰,441302197908082468,惠州,三级,2010-01-01,,,,,,惠州,",
    "6,吴静,44200019911111468x,惠州,三级,2010-01-01,,,高中,,,惠州,",
]


def write_gbk_csv(path):
    with open(path, "wb") as f:
        f.write(("\r\n".join(GBK_ROWS) + "\r\n").encode("gbk"))


def write_xlsx(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "报名表"
    sheet.append(["2026年第一期人工智能训练师（三级）报名表"])
    sheet.append(["　姓 名　", "身份证号", "城市", "等级", "工作开始", "证书等级", "证书发证日期", "参保城市", "手机"])
    sheet.append(["张伟", "44030519880520135X", "深圳", "三级", datetime.date(2015, 3, 1), "4",
                  datetime.date(2021, 1, 15), "深圳", "13800000000"])
    sheet.append(["刘洋", "44040219870101357X", "zhuhai", 3, datetime.date(2010, 7, 1), None, None, "珠海", None])
    sheet["E3"].number_format = "yyyy/m/d"
    sheet["G3"].number_format = 'yyyy"年"m"月"d"日"'
    sheet["E4"].number_format = "yyyy-mm-dd"
    book.save(path)


ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
 <office:body><office:spreadsheet>
  <table:table table:name="学员">
   <table:table-column table:number-columns-repeated="5"/>
   <table:table-row>
    <table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell>
    <table:table-cell office:value-type="string"><text:p>出生日期</text:p></table:table-cell>
    <table:table-cell office:value-type="string"><text:p>所在城市</text:p></table:table-cell>
    <table:table-cell office:value-type="string"><text:p>报考等级</text:p></table:table-cell>
    <table:table-cell office:value-type="string"><text:p>工作起始时间</text:p></table:table-cell>
    <table:table-cell table:number-columns-repeated="3"/>
    <table:table-cell office:value-type="string"><text:p>社保所在城市</text:p></table:table-cell>
   </table:table-row>
   <table:table-row>
    <table:table-cell office:value-type="string"><text:p>黄丽</text:p></table:table-cell>
    <table:table-cell office:value-type="date" office:date-value="1993-04-18"><text:p>1993/4/18</text:p></table:table-cell>
    <table:table-cell office:value-type="string"><text:p>中山市</text:p></table:table-cell>
    <table:table-cell office:value-type="float" office:value="4"><text:p>4</text:p></table:table-cell>
    <table:table-cell office:value-type="date" office:date-value="2019-09-01T00:00:00"><text:p>2019年9月1日</text:p></table:table-cell>
    <table:table-cell table:number-columns-repeated="3"/>
    <table:table-cell office:value-type="string"><text:p>中山</text:p></table:table-cell>
   </table:table-row>
   <table:table-row table:number-rows-repeated="1048574">
    <table:table-cell table:number-columns-repeated="1024"/>
   </table:table-row>
  </table:table>
 </office:spreadsheet></office:body>
</office:document-content>
"""


def write_ods(path):
    with zipfile.ZipFile(path, "w") as ods:
        ods.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        ods.writestr("content.xml", ODS_CONTENT, compress_type=zipfile.ZIP_DEFLATED)
        ods.writestr("META-INF/manifest.xml", """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>""", compress_type=zipfile.ZIP_DEFLATED)


def write_all(directory):
    paths = {name: os.path.join(directory, name) for name in ("school-gbk.csv", "school.xlsx", "school.ods")}
    write_gbk_csv(paths["school-gbk.csv"])
    write_xlsx(paths["school.xlsx"])
    write_ods(paths["school.ods"])
    return paths
